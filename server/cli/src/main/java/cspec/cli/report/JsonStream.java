package cspec.cli.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON written as it is produced, laid out exactly as Gson's pretty printer lays out a whole
 * document: the reporters write their outer objects and arrays here and each finding as one
 * element, so a report of any size is never held in memory.
 */
final class JsonStream {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final PrintWriter out;
    private final JsonWriter writer;

    JsonStream(PrintWriter out) {
        this.out = out;
        try {
            this.writer = GSON.newJsonWriter(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonStream beginObject() {
        return step(JsonWriter::beginObject);
    }

    JsonStream endObject() {
        return step(JsonWriter::endObject);
    }

    JsonStream beginArray() {
        return step(JsonWriter::beginArray);
    }

    JsonStream endArray() {
        return step(JsonWriter::endArray);
    }

    JsonStream name(String name) {
        return step(w -> w.name(name));
    }

    JsonStream value(String value) {
        return step(w -> w.value(value));
    }

    JsonStream value(long value) {
        return step(w -> w.value(value));
    }

    /** One whole element: an object or array built in memory, small by construction. */
    JsonStream element(JsonElement element) {
        GSON.toJson(element, writer);
        return this;
    }

    /** Ends the document with the line break the whole-document printer ended it with. */
    void finish() {
        step(JsonWriter::flush);
        out.println();
        out.flush();
    }

    private interface Step {
        void apply(JsonWriter writer) throws IOException;
    }

    private JsonStream step(Step step) {
        try {
            step.apply(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
