package cspec.core.catalog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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

    /** One line of the index: a document's file, kind (profile or library), ID and version. */
    public record IndexEntry(String file, String kind, String id, String version) {
        public boolean isProfile() {
            return kind.equals("profile");
        }
    }

    private static volatile List<Document> all;
    private static volatile List<IndexEntry> index;

    private Builtins() {
    }

    /** Every built-in document, in index order. */
    public static List<Document> all() {
        List<Document> loaded = all;
        if (loaded == null) {
            synchronized (Builtins.class) {
                if (all == null) {
                    all = load(Builtins.class.getClassLoader(), ROOT);
                }
                loaded = all;
            }
        }
        return loaded;
    }

    public static Optional<Document> byId(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * What the index lists, without reading or parsing the documents: enough for help text and
     * listings. Everything cspec knows of its built-ins comes from this one file.
     */
    public static List<IndexEntry> index() {
        List<IndexEntry> read = index;
        if (read == null) {
            read = readIndex(Builtins.class.getClassLoader(), ROOT);
            index = read;
        }
        return read;
    }

    /**
     * The documents an index lists, read and parsed: the shipped ones from {@code cspec/builtin/},
     * or (in a test that shows a new built-in needs only data) those of another folder.
     */
    public static List<Document> load(ClassLoader loader, String root) {
        List<IndexEntry> entries = root.equals(ROOT) ? index() : readIndex(loader, root);
        List<Document> documents = new ArrayList<>();
        for (IndexEntry entry : entries) {
            SourceText source = new SourceText(NAME_PREFIX + entry.file(), resource(loader, root, entry.file()));
            documents.add(new Document(entry.file(), entry.kind(), entry.id(), entry.version(), source,
                    SpecParser.parse(source)));
        }
        return List.copyOf(documents);
    }

    private static List<IndexEntry> readIndex(ClassLoader loader, String root) {
        String text = resource(loader, root, "index.json");
        try {
            // Read as a tree, not bound by reflection: start-up pays for no reflective adapters.
            List<IndexEntry> entries = new ArrayList<>();
            JsonObject index = JsonParser.parseString(text).getAsJsonObject();
            for (JsonElement element : index.getAsJsonArray("documents")) {
                JsonObject e = element.getAsJsonObject();
                entries.add(new IndexEntry(e.get("file").getAsString(), e.get("kind").getAsString(),
                        e.get("id").getAsString(), e.get("version").getAsString()));
            }
            return List.copyOf(entries);
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            throw new IllegalStateException("cspec's built-in index.json is malformed", e);
        }
    }

    private static String resource(ClassLoader loader, String root, String file) {
        try (InputStream in = loader.getResourceAsStream(root + file)) {
            if (in == null) {
                throw new IllegalStateException("cspec's built-in file " + root + file + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
