package cspec.core.wording;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import cspec.core.config.Config;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The term lists: one JSON file per term-list rule of the {@link RuleRegistry} (its
 * {@code <rule-id>.json} under {@code cspec/terms/} in the product), plus the terms of art
 * (phrases never flagged), plus any extra phrases a workspace adds in cspec.json.
 * {@code cspec rules --terms RULE} prints {@link #entries(Rule)}.
 */
public final class TermLists {
    private static TermLists builtIn;

    private final List<Rule> listed;
    private final Map<Rule, List<TermEntry>> byRule;
    private final List<TermEntry> termsOfArt;

    private TermLists(List<Rule> listed, Map<Rule, List<TermEntry>> byRule, List<TermEntry> termsOfArt) {
        this.listed = List.copyOf(listed);
        this.byRule = byRule;
        this.termsOfArt = List.copyOf(termsOfArt);
    }

    /** The lists shipped in the product, read once. */
    public static synchronized TermLists builtIn() {
        if (builtIn == null) {
            builtIn = of(RuleRegistry.builtIn(), TermLists.class.getClassLoader());
        }
        return builtIn;
    }

    /** The lists of every term-list rule of a registry, read from its folder on the class path. */
    public static TermLists of(RuleRegistry rules, ClassLoader loader) {
        Map<Rule, List<TermEntry>> lists = new HashMap<>();
        for (Rule rule : rules.withTermLists()) {
            lists.put(rule, List.copyOf(read(loader, rules.termsFolder() + rule.id(), rule)));
        }
        return new TermLists(rules.withTermLists(), lists, read(loader, rules.termsFolder() + rules.termsOfArt(), null));
    }

    /** These lists plus the phrases cspec.json adds per rule (each a plain phrase with no rewrite). */
    public TermLists withExtras(Config config) {
        boolean any = listed.stream().anyMatch(r -> !config.extraTerms(r).isEmpty());
        if (!any) {
            return this;
        }
        Map<Rule, List<TermEntry>> lists = new HashMap<>();
        for (Rule rule : listed) {
            List<TermEntry> all = new ArrayList<>(entries(rule));
            for (String phrase : config.extraTerms(rule)) {
                all.add(new TermEntry(rule, phrase, "workspace", "Listed in this workspace's cspec.json.", "",
                        "cspec.json", List.of()));
            }
            lists.put(rule, List.copyOf(all));
        }
        return new TermLists(listed, lists, termsOfArt);
    }

    /** The entries of one rule's list; empty for rules without a list. */
    public List<TermEntry> entries(Rule rule) {
        return byRule.getOrDefault(rule, List.of());
    }

    public List<TermEntry> termsOfArt() {
        return termsOfArt;
    }

    /** Every entry of every list, terms of art last. */
    public List<TermEntry> all() {
        List<TermEntry> all = new ArrayList<>();
        for (Rule rule : listed) {
            all.addAll(entries(rule));
        }
        all.addAll(termsOfArt);
        return all;
    }

    private static List<TermEntry> read(ClassLoader loader, String name, Rule rule) {
        String resource = name + ".json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing term list " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            // Read as a tree, not bound by reflection: start-up pays for no reflective adapters.
            JsonObject file = JsonParser.parseReader(reader).getAsJsonObject();
            List<TermEntry> entries = new ArrayList<>();
            for (JsonElement element : file.getAsJsonArray("terms")) {
                JsonObject e = element.getAsJsonObject();
                entries.add(new TermEntry(rule, string(e, "phrase"), string(e, "category"), string(e, "reason"),
                        string(e, "rewrite"), string(e, "source"), forms(e),
                        !(e.has("rewriteChangesMeaningSomewhere") && e.get("rewriteChangesMeaningSomewhere").getAsBoolean())));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            throw new IllegalStateException("bad term list " + resource, e);
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> forms(JsonObject o) {
        JsonElement e = o.get("forms");
        if (e == null || !e.isJsonArray()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        e.getAsJsonArray().forEach(f -> forms.add(f.getAsString()));
        return forms;
    }
}
