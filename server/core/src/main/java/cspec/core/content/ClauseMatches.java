package cspec.core.content;

import cspec.core.catalog.Catalog;
import cspec.core.syntax.Actions;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Item;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A contract's own clause standing in for a library clause its profile asks for. The topic of a
 * library clause is the words of its title (its ID's words when it has none), an action word
 * counting as its action ("Notice" and "Notification" alike). A part of the contract stands in
 * when it names the topic (a clause, or a section holding items, whose ID or title has every
 * topic word) and states everything the profile asks of the clause ({@code requires ... in ID});
 * or, when the profile asks the clause for something, when one requirement or clause states all
 * of it in words that name the topic. A clause under another library clause's ID is that clause
 * and stands in for no other. A part that names the topic but lacks content, or states the
 * content without the topic, is the nearest miss, which the finding names.
 */
public final class ClauseMatches {
    private static final Set<String> STOP = Set.of("of", "the", "and", "for", "to", "a", "an", "in", "on", "with", "by",
            "from", "or", "at", "as");

    /**
     * A part that may stand in for the clause: where it is, how the contract names it, and what it
     * lacks (the profile's content items, and topic words when it was found by content).
     */
    public record Candidate(Span at, String name, boolean byTitle, List<Profile.Expectation> missingContent,
            List<String> missingTopic) {
        public boolean complete() {
            return missingContent.isEmpty() && missingTopic.isEmpty();
        }
    }

    private ClauseMatches() {
    }

    /** What the profile asks the clause to state: its {@code requires ... in ID} items. */
    public static List<Profile.Expectation> contentOf(Profile profile, String clauseId) {
        if (profile == null) {
            return List.of();
        }
        return profile.expectations().stream()
                .filter(e -> e.strength() == Profile.Strength.REQUIRES && e.within() != null
                        && e.within().text().equals(clauseId))
                .toList();
    }

    /** The best stand-in for the clause: a complete one if any, else the nearest miss. */
    public static Optional<Candidate> best(ContentSearch search, String clauseId) {
        List<Profile.Expectation> content = contentOf(search.profile(), clauseId);
        List<String> topic = topic(search, clauseId);
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> misses = new ArrayList<>();
        Outline outline = search.context().outline();
        for (Outline.Placed<Clause> placed : outline.clauses()) {
            Clause c = placed.item();
            if (!isLibraryClause(search, c) && names(topic, c.id().text(), c.title() == null ? "" : c.title().value())) {
                Candidate cand = byTitle(search, c, c.id().span(), "clause `" + c.id().text() + "`", content);
                if (cand.complete()) {
                    return Optional.of(cand);
                }
                misses.add(cand);
            }
        }
        for (Outline.Placed<Section> placed : outline.sections()) {
            Section s = placed.item();
            if (!s.items().isEmpty() && names(topic, s.id().text(), s.title().value())) {
                Candidate cand = byTitle(search, s, s.id().span(), "section `" + s.id().text() + "`", content);
                if (cand.complete()) {
                    return Optional.of(cand);
                }
                misses.add(cand);
            }
        }
        if (!content.isEmpty()) {
            Optional<Candidate> byContent = byContent(search, topic, content, outline, misses);
            if (byContent.isPresent()) {
                return byContent;
            }
        }
        return misses.stream().findFirst();
    }

    private static Candidate byTitle(ContentSearch search, Item item, Span at, String name, List<Profile.Expectation> content) {
        ContractText text = search.textOf(item);
        List<Profile.Expectation> missing = content.stream().filter(e -> !search.find(e, text).found()).toList();
        return new Candidate(at, name, true, missing, List.of());
    }

    /** A requirement or clause that states all the content: complete if its words name the topic too. */
    private static Optional<Candidate> byContent(ContentSearch search, List<String> topic, List<Profile.Expectation> content,
            Outline outline, List<Candidate> misses) {
        List<Item> items = new ArrayList<>();
        outline.requirements().forEach(p -> items.add(p.item()));
        outline.clauses().stream().map(Outline.Placed::item).filter(c -> !isLibraryClause(search, c)).forEach(items::add);
        Candidate nearest = null;
        for (Item item : items) {
            if (!content.stream().allMatch(e -> search.mayState(item, e))) {
                continue;
            }
            ContractText text = search.textOf(item);
            if (text.units().isEmpty() || !content.stream().allMatch(e -> search.find(e, text).found())) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            text.units().forEach(u -> u.sentences().forEach(s -> s.words().forEach(w -> words.add(concept(w.lower())))));
            List<String> lacking = topic.stream().filter(t -> !words.contains(t)).toList();
            Span at = item instanceof Requirement r && r.id() != null ? r.id().span()
                    : item instanceof Clause c ? c.id().span() : text.units().get(0).at();
            String name = item instanceof Requirement r ? "requirement " + (r.id() != null ? "`" + r.id().text() + "`" : "")
                    : "clause `" + ((Clause) item).id().text() + "`";
            Candidate cand = new Candidate(at, name.strip(), false, List.of(), lacking.stream().map(ClauseMatches::word).toList());
            if (cand.complete()) {
                return Optional.of(cand);
            }
            if (nearest == null) {
                nearest = cand;
            }
        }
        if (nearest != null && misses.isEmpty()) {
            misses.add(nearest);
        }
        return Optional.empty();
    }

    /** A clause under a library clause's ID is that clause, whatever it states: it stands in for no other. */
    private static boolean isLibraryClause(ContentSearch search, Clause c) {
        return search.context().catalog().clause(c.id().text()).isPresent();
    }

    /** The topic of a library clause as concepts: its title's words (else its ID's), stop words left out. */
    static List<String> topic(ContentSearch search, String clauseId) {
        Optional<Catalog.ClauseEntry> entry = search.context().catalog().clause(clauseId);
        String title = entry.map(Catalog.ClauseEntry::titleOrId).orElse(clauseId);
        return concepts(title + " ").stream().toList();
    }

    static boolean names(List<String> topic, String id, String title) {
        Set<String> have = concepts(id + " " + title);
        return have.containsAll(topic);
    }

    static Set<String> concepts(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(concept(w));
            }
        }
        return out;
    }

    /** An action word stands for its action; any other word for its singular. */
    static String concept(String lowerWord) {
        Optional<Actions.Action> action = Actions.builtIn().ofWord(lowerWord);
        if (action.isPresent()) {
            return "@" + action.get().id();
        }
        return singular(lowerWord);
    }

    /** A word's singular, roughly: "logs" log, "breaches" breach, "parties" party. */
    static String singular(String lowerWord) {
        String w = lowerWord.endsWith("'s") ? lowerWord.substring(0, lowerWord.length() - 2) : lowerWord;
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** How a concept reads in a message: an action by its label, a word as itself. */
    static String word(String concept) {
        return concept.startsWith("@") ? Actions.builtIn().byId(concept.substring(1)).map(Actions.Action::label).orElse(concept)
                : concept;
    }
}
