package cspec.core.diagnostic;

import cspec.core.text.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule cspec knows: those with logic of their own ({@link Rule}'s constants) and the
 * term-list rules read from {@code cspec/terms/index.json}, listed by area as docs/rules.md lists
 * them (within an area, term-list rules first, in index order). Everything that lists rules reads
 * this: SARIF rule metadata, cspec.json validation, {@code cspec rules}, completion and the
 * documentation test. Only here, and where a user writes a rule's name (cspec.json, a suppression
 * comment, an option), is a rule looked up by its ID.
 */
public final class RuleRegistry {
    /** Where the shipped term lists live on the class path. */
    public static final String TERMS_FOLDER = "cspec/terms/";

    private final List<Rule> all;
    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final String termsFolder;
    private final String termsOfArt;

    private RuleRegistry(List<Rule> rules, String termsFolder, String termsOfArt) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing((Rule r) -> r.area().ordinal()).thenComparing(r -> r.hasTermList() ? 0 : 1));
        this.all = List.copyOf(sorted);
        for (Rule rule : all) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules with the ID " + rule.id());
            }
        }
        this.termsFolder = termsFolder;
        this.termsOfArt = termsOfArt;
    }

    private static final class BuiltIn {
        static final RuleRegistry INSTANCE = load(RuleRegistry.class.getClassLoader(), TERMS_FOLDER);
    }

    /** The rules shipped in the product. */
    public static RuleRegistry builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * The rules declared in code plus the term-list rules of folder/index.json on the class path
     * (a test loads a folder of its own to show that a new wording rule needs only data).
     */
    public static RuleRegistry load(ClassLoader loader, String folder) {
        TermIndex index = TermIndex.read(loader, folder);
        Map<String, Rule> declared = new LinkedHashMap<>();
        Rule.declared().forEach(r -> declared.put(r.id(), r));
        List<Rule> rules = new ArrayList<>(declared.values().stream().filter(r -> !r.hasTermList()).toList());
        for (TermIndex.Entry entry : index.rules()) {
            Rule named = declared.remove(entry.rule());
            rules.add(named != null ? named : entry.toRule(folder));
        }
        return new RuleRegistry(rules, folder, index.termsOfArt());
    }

    /** Every rule, in the order of docs/rules.md. */
    public List<Rule> all() {
        return all;
    }

    /** The rule a user named, if there is one. */
    public Optional<Rule> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The rule whose ID is closest to a misspelt one, if one is close enough to suggest. */
    public Optional<Rule> closest(String written) {
        return Similarity.closest(written, List.copyOf(byId.keySet())).flatMap(this::byId);
    }

    /** The rules that flag the phrases of a term list, in index order. */
    public List<Rule> withTermLists() {
        return all.stream().filter(Rule::hasTermList).toList();
    }

    /** The class-path folder of the term lists, each {@code <rule-id>.json}. */
    public String termsFolder() {
        return termsFolder;
    }

    /** The name of the list of terms of art (never flagged) in that folder. */
    public String termsOfArt() {
        return termsOfArt;
    }
}
