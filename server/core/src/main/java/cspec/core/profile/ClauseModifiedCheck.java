package cspec.core.profile;

import cspec.core.drafting.ClauseText;
import cspec.core.drafting.RoleWords;
import cspec.core.catalog.Catalog;
import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Outline;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code clause-modified}: a contract clause that carries a library clause's ID and its own
 * prose, where the prose departs from the standard wording with the clause's placeholder values
 * (or the defaults) filled in and the contract's role words in place of "Client" and "Provider"
 * (as expansion writes them). Whitespace, line breaks and typographic quotes do not count; a
 * placeholder with no default and no value matches whatever the contract wrote in its place.
 * The message says where the first change is, how many words were added and removed, and which
 * library version the wording comes from.
 */
public final class ClauseModifiedCheck implements Check {
    private static final int QUOTE_WORDS = 8;

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        for (Outline.Placed<Clause> placed : context.outline().clauses()) {
            Clause clause = placed.item();
            Optional<Catalog.ClauseEntry> entry = context.catalog().clause(clause.id().text());
            if (clause.prose() == null || entry.isEmpty() || entry.get().clause().prose() == null) {
                continue;
            }
            check(context, clause, entry.get()).ifPresent(report);
        }
    }

    private Optional<Diagnostic> check(CheckContext context, Clause clause, Catalog.ClauseEntry entry) {
        List<String> standard = Words.of(String.join(" ", ClauseText.filledWording(entry, ClauseText.values(clause, context.file().document()),
                RoleWords.of(context.file().document()))));
        Words own = Words.located(clause.prose().maskedText(context.source()), clause.prose().span().start());
        List<WordDiff.Hunk> hunks = new ArrayList<>();
        for (WordDiff.Hunk h : WordDiff.diff(standard, sameParty(own.words(), context.file().document()))) {
            if (!fillsBlank(standard, h)) {
                hunks.add(h);
            }
        }
        if (hunks.isEmpty()) {
            return Optional.empty();
        }
        WordDiff.Hunk first = hunks.get(0);
        int added = hunks.stream().mapToInt(WordDiff.Hunk::added).sum();
        int removed = hunks.stream().mapToInt(WordDiff.Hunk::removed).sum();
        String message = "Clause `" + clause.id().text() + "` departs from the standard wording of "
                + entry.describeLibrary() + ": " + describe(standard, own.words(), first) + "; "
                + count(added, "word") + " added and " + removed + " removed in " + count(hunks.size(), "place")
                + ". Keep it if the change is deliberate, or write `clause " + clause.id().text()
                + "` without prose (with placeholder values in parentheses) to take the standard wording.";
        Diagnostic d = Diagnostic.of(Rule.CLAUSE_MODIFIED, own.spanOf(first.ownStart(), first.ownEnd()), message)
                .withRelated(new RelatedLocation(entry.source().name(), entry.clause().prose().span(),
                        "The standard wording of `" + clause.id().text() + "` in " + entry.describeLibrary() + "."));
        return Optional.of(d);
    }

    /**
     * The words with each one-word role word of a party replaced by the party's first role word,
     * the one the standard wording is written with: "the MDR must" is the standard "the Provider
     * must" in a contract whose provider is {@code as "Provider", "MDR"}. A possessive or trailing
     * punctuation stays as written.
     */
    private static List<String> sameParty(List<String> words, cspec.core.syntax.Document document) {
        java.util.Map<String, String> primary = new java.util.HashMap<>();
        if (document instanceof cspec.core.syntax.Contract contract) {
            for (cspec.core.syntax.HeaderField f : contract.fields()) {
                if (f instanceof cspec.core.syntax.HeaderField.Party party) {
                    for (String word : party.effectiveRoleWords()) {
                        if (!word.contains(" ")) {
                            primary.putIfAbsent(word, party.effectiveRoleWord());
                        }
                    }
                }
            }
        }
        if (primary.isEmpty()) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            int end = 0;
            while (end < w.length() && (Character.isLetterOrDigit(w.charAt(end)) || w.charAt(end) == '-')) {
                end++;
            }
            String core = w.substring(0, end);
            out.add(primary.containsKey(core) ? primary.get(core) + w.substring(end) : w);
        }
        return out;
    }

    /** A hunk that only puts words where the standard has an unfilled placeholder is a filled blank, not a change. */
    private static boolean fillsBlank(List<String> standard, WordDiff.Hunk h) {
        if (h.removed() == 0 || h.added() == 0) {
            return false;
        }
        for (int i = h.stdStart(); i < h.stdEnd(); i++) {
            String w = standard.get(i);
            if (!(w.startsWith("{{") && w.contains("}}"))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<String> standard, List<String> own, WordDiff.Hunk h) {
        String at = "at word " + (h.ownStart() + 1);
        if (h.removed() == 0) {
            return at + " this clause adds \"" + quote(own, h.ownStart(), h.ownEnd()) + "\"";
        }
        if (h.added() == 0) {
            return at + " this clause leaves out \"" + quote(standard, h.stdStart(), h.stdEnd()) + "\"";
        }
        return at + " the standard has \"" + quote(standard, h.stdStart(), h.stdEnd()) + "\" where this clause has \""
                + quote(own, h.ownStart(), h.ownEnd()) + "\"";
    }

    private static String quote(List<String> words, int from, int to) {
        int shown = Math.min(to, from + QUOTE_WORDS);
        return String.join(" ", words.subList(from, shown)) + (shown < to ? " ..." : "");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The whitespace-separated words of a text, with typographic quotes made plain, and where each sits. */
    record Words(List<String> words, List<Span> spans) {
        static List<String> of(String text) {
            return located(text, 0).words();
        }

        static Words located(String text, int base) {
            List<String> words = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (Character.isWhitespace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                words.add(plain(text.substring(start, i)));
                spans.add(new Span(base + start, base + i));
            }
            return new Words(words, spans);
        }

        /** The span of words [from, to); for an empty range, the word at from (or the last word). */
        Span spanOf(int from, int to) {
            if (spans.isEmpty()) {
                return Span.at(0);
            }
            if (from >= to) {
                Span one = spans.get(Math.min(from, spans.size() - 1));
                return one;
            }
            return spans.get(from).union(spans.get(to - 1));
        }

        private static String plain(String word) {
            return word.replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'');
        }
    }
}
