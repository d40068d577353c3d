package cspec.core.diagnostic;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The term-list rules as data: {@code index.json} of a term-list folder, each rule with its
 * default severity, summary and the label its findings use. Plain data with no {@link Rule} in
 * it, so that {@link Rule}'s constants and {@link RuleRegistry} can both read it while either is
 * being initialised.
 */
record TermIndex(List<Entry> rules, String termsOfArt) {
    /** One term-list rule of the index. */
    record Entry(String rule, String severity, String summary, String label) {
        Rule toRule(String folder) {
            Severity parsed = Severity.parse(severity).orElseThrow(() ->
                    new IllegalStateException(folder + "index.json: `" + severity + "` is not a severity of " + rule));
            return new Rule(rule, parsed, Rule.Area.WORDING, summary, label);
        }
    }

    private static final class Shipped {
        static final TermIndex INSTANCE = read(TermIndex.class.getClassLoader(), RuleRegistry.TERMS_FOLDER);
    }

    static TermIndex shipped() {
        return Shipped.INSTANCE;
    }

    Optional<Entry> entry(String id) {
        return rules.stream().filter(e -> e.rule().equals(id)).findFirst();
    }

    static TermIndex read(ClassLoader loader, String folder) {
        String resource = folder + "index.json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonElement json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!json.isJsonObject() || !json.getAsJsonObject().has("rules")) {
                throw new IllegalStateException(resource + " lists no rules");
            }
            // Read as a tree, not bound by reflection: start-up pays for no reflective adapters.
            JsonObject root = json.getAsJsonObject();
            List<Entry> rules = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("rules")) {
                JsonObject o = e.getAsJsonObject();
                rules.add(new Entry(string(o, "rule"), string(o, "severity"), string(o, "summary"), string(o, "label")));
            }
            return new TermIndex(List.copyOf(rules), string(root, "termsOfArt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException e) {
            throw new IllegalStateException("bad " + resource, e);
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
