package cspec.core.catalog;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The profiles and libraries built into cspec, read once from the classpath
 * ({@code cspec/builtin/index.json} names each file with its version) and parsed on first use.
 * They change only with a new version number, so that a contract names the text it was written
 * against.
 */
public final class Builtins {
    private static final String ROOT = "cspec/builtin/";
    /** The prefix of built-in documents' names in diagnostics' related locations and hovers. */
    public static final String NAME_PREFIX = "cspec:builtin/";

    /** One built-in document: where it lives, what it is, its version, text and parse. */
    public record Document(String file, String kind, String id, String version, SourceText source, SpecFile parsed) {
        public String text() {
            return source.text();
        }
    }

    private static volatile List<Document> all;

    private Builtins() {
    }

    /** Every built-in document, in index order. */
    public static List<Document> all() {
        List<Document> loaded = all;
        if (loaded == null) {
            synchronized (Builtins.class) {
                if (all == null) {
                    all = load();
                }
                loaded = all;
            }
        }
        return loaded;
    }

    public static Optional<Document> byId(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private record IndexEntry(String file, String kind, String id, String version) {
    }

    private record Index(List<IndexEntry> documents) {
    }

    private static List<Document> load() {
        Index index;
        try {
            index = new Gson().fromJson(resource("index.json"), Index.class);
        } catch (JsonParseException e) {
            throw new IllegalStateException("cspec's built-in index.json is malformed", e);
        }
        List<Document> documents = new ArrayList<>();
        for (IndexEntry entry : index.documents()) {
            SourceText source = new SourceText(NAME_PREFIX + entry.file(), resource(entry.file()));
            documents.add(new Document(entry.file(), entry.kind(), entry.id(), entry.version(), source,
                    SpecParser.parse(source)));
        }
        return List.copyOf(documents);
    }

    private static String resource(String file) {
        try (InputStream in = Builtins.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("cspec's built-in file " + ROOT + file + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
