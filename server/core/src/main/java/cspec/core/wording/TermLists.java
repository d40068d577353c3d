package cspec.core.wording;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import cspec.core.config.Config;
import cspec.core.diagnostic.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The term lists: one JSON file per wording rule under {@code cspec/terms/} in the product, plus
 * {@code terms-of-art.json} (phrases never flagged), plus any extra phrases a workspace adds in
 * cspec.json. {@code cspec rules --terms RULE} prints {@link #entries(Rule)}.
 */
public final class TermLists {
    /** The rules that have a term list; the other wording rules read sentence structure. */
    public static final List<Rule> LISTED = List.of(Rule.VAGUE_TERM, Rule.LOOPHOLE, Rule.OPEN_ENDED,
            Rule.EFFORTS_STANDARD, Rule.VAGUE_TIME, Rule.VAGUE_QUANTITY, Rule.COMPARATIVE, Rule.ARCHAIC, Rule.WORDY);

    private static final String FOLDER = "/cspec/terms/";
    private static final String TERMS_OF_ART = "terms-of-art";
    private static TermLists builtIn;

    private final Map<Rule, List<TermEntry>> byRule;
    private final List<TermEntry> termsOfArt;

    private TermLists(Map<Rule, List<TermEntry>> byRule, List<TermEntry> termsOfArt) {
        this.byRule = byRule;
        this.termsOfArt = List.copyOf(termsOfArt);
    }

    /** The lists shipped in the product, read once. */
    public static synchronized TermLists builtIn() {
        if (builtIn == null) {
            Map<Rule, List<TermEntry>> lists = new EnumMap<>(Rule.class);
            for (Rule rule : LISTED) {
                lists.put(rule, List.copyOf(read(rule.id(), rule)));
            }
            builtIn = new TermLists(lists, read(TERMS_OF_ART, null));
        }
        return builtIn;
    }

    /** These lists plus the phrases cspec.json adds per rule (each a plain phrase with no rewrite). */
    public TermLists withExtras(Config config) {
        boolean any = LISTED.stream().anyMatch(r -> !config.extraTerms(r).isEmpty());
        if (!any) {
            return this;
        }
        Map<Rule, List<TermEntry>> lists = new EnumMap<>(Rule.class);
        for (Rule rule : LISTED) {
            List<TermEntry> all = new ArrayList<>(entries(rule));
            for (String phrase : config.extraTerms(rule)) {
                all.add(new TermEntry(rule, phrase, "workspace", "Listed in this workspace's cspec.json.", "",
                        "cspec.json", List.of()));
            }
            lists.put(rule, List.copyOf(all));
        }
        return new TermLists(lists, termsOfArt);
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
        for (Rule rule : LISTED) {
            all.addAll(entries(rule));
        }
        all.addAll(termsOfArt);
        return all;
    }

    /** The JSON shape of one list file. */
    private static final class ListFile {
        String rule;
        String about;
        List<EntryJson> terms;
    }

    private static final class EntryJson {
        String phrase;
        String category;
        String reason;
        String rewrite;
        String source;
        List<String> forms;
    }

    private static List<TermEntry> read(String name, Rule rule) {
        String resource = FOLDER + name + ".json";
        try (InputStream in = TermLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing term list " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            ListFile file = new Gson().fromJson(reader, ListFile.class);
            List<TermEntry> entries = new ArrayList<>();
            for (EntryJson e : file.terms) {
                entries.add(new TermEntry(rule, e.phrase, e.category, e.reason, e.rewrite, e.source,
                        e.forms == null ? List.of() : e.forms));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException e) {
            throw new IllegalStateException("bad term list " + resource, e);
        }
    }
}
