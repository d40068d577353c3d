package cspec.core.wording;

import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Modality;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds listed phrases in tokenised prose. Every token start is looked up once in the trie;
 * overlapping candidates are settled longest first (terms of art take part, so "some or all"
 * shields "some"); then a vague word that a number bounds ("within 4 hours", "at least 3") and
 * a comparative whose clause has "than" or a number are dropped.
 */
final class TermScan {
    /** How far a bounding number may sit after (or before) a vague word, in tokens. */
    private static final int BOUND_AFTER = 6;
    private static final int BOUND_BEFORE = 3;

    private static final Map<Rule, String> LABELS = Map.of(
            Rule.VAGUE_TERM, "is vague", Rule.LOOPHOLE, "is a loophole", Rule.OPEN_ENDED, "leaves the list open",
            Rule.EFFORTS_STANDARD, "is an efforts standard", Rule.VAGUE_TIME, "is vague about time",
            Rule.VAGUE_QUANTITY, "is vague about quantity", Rule.COMPARATIVE, "compares with nothing",
            Rule.ARCHAIC, "is an archaism", Rule.WORDY, "is wordy");

    private TermScan() {
    }

    /** Accepted matches; taken[i] is set for every token a listed phrase, term of art or shield covers. */
    static List<PhraseIndex.Match<TermEntry>> scan(PhraseIndex<TermEntry> index, List<Token> tokens, boolean[] taken) {
        int depth = Math.max(1, index.depth());
        List<List<PhraseIndex.Match<TermEntry>>> byLength = new ArrayList<>();
        for (int k = 0; k <= depth; k++) {
            byLength.add(new ArrayList<>());
        }
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<TermEntry> m = index.longestAt(tokens, i);
            if (m != null) {
                byLength.get(m.length()).add(m);
            }
        }
        List<PhraseIndex.Match<TermEntry>> accepted = new ArrayList<>();
        for (int len = depth; len >= 1; len--) {
            for (PhraseIndex.Match<TermEntry> m : byLength.get(len)) {
                if (free(taken, m)) {
                    for (int k = m.start(); k < m.end(); k++) {
                        taken[k] = true;
                    }
                    if (!m.value().isTermOfArt()) {
                        accepted.add(m);
                    }
                }
            }
        }
        accepted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return accepted;
    }

    private static boolean free(boolean[] taken, PhraseIndex.Match<?> m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    /** Drops matches a number bounds, comparatives with a baseline, and "24/7" where an SLA defines coverage. */
    static boolean stands(PhraseIndex.Match<TermEntry> m, List<Token> tokens, Segments seg, WordingContext context,
            boolean[] taken) {
        TermEntry e = m.value();
        Vocabulary vocabulary = context.vocabulary();
        if (e.category().equals("discretion") && context.declared() == Modality.MAY) {
            return false; // a permission is the holder's to use: discretion there lets nobody out of anything
        }
        if (e.category().equals("said-adjective")) {
            return saidBeforeANoun(tokens, m, taken);
        }
        boolean numeric = e.phrase().chars().anyMatch(Character::isDigit);
        if (numeric) {
            return !vocabulary.coverageDefined();
        }
        if (e.rule() == Rule.COMPARATIVE) {
            return !seg.clauseBaseline[seg.clause[m.start()]];
        }
        if (e.rule() == Rule.VAGUE_TERM || e.rule() == Rule.VAGUE_TIME || e.rule() == Rule.VAGUE_QUANTITY) {
            return !boundedByNumber(tokens, seg, m, taken);
        }
        return true;
    }

    /**
     * "said" as an adjective: a word follows that is not a function word ("retain said logs"),
     * and no party or pronoun before it makes it the verb ("the Provider said that...").
     */
    private static boolean saidBeforeANoun(List<Token> tokens, PhraseIndex.Match<?> m, boolean[] taken) {
        int next = m.end();
        if (next >= tokens.size() || !tokens.get(next).isWord() || FUNCTION_WORDS.contains(tokens.get(next).norm())) {
            return false;
        }
        int before = m.start() - 1;
        return before < 0 || !(taken[before] || Grammar.PRONOUNS.contains(tokens.get(before).norm())
                || Character.isUpperCase(tokens.get(before).text().charAt(0)));
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("that", "to", "in", "by", "the", "a",
            "an", "it", "they", "he", "she", "with", "for", "on", "at", "of", "and", "or", "so", "this", "these", "those");

    /**
     * A number within a few tokens in the same sentence: "regularly, at least once a month" is
     * bounded. A number inside another listed phrase or a defined term ("24/7") bounds nothing.
     */
    private static boolean boundedByNumber(List<Token> tokens, Segments seg, PhraseIndex.Match<?> m, boolean[] taken) {
        int sentence = seg.sentence[m.start()];
        int limit = m.end() + BOUND_AFTER;
        for (int k = m.end(); k < Math.min(seg.size(), limit) && seg.sentence[k] == sentence; k++) {
            if (seg.quantity[k] && !taken[k]) {
                return true;
            }
            if (k > m.end() && tokens.get(k - 1).is("any") && (tokens.get(k).is("event") || tokens.get(k).is("case"))) {
                limit = k + BOUND_AFTER; // "promptly, and in any event within 4 hours": the outer bound counts
            }
        }
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - BOUND_BEFORE) && seg.sentence[k] == sentence; k--) {
            if (seg.quantity[k] && !taken[k]) {
                return true;
            }
        }
        return false;
    }

    static Finding finding(PhraseIndex.Match<TermEntry> m, List<Token> tokens, String text, int base) {
        TermEntry e = m.value();
        int from = tokens.get(m.start()).start();
        int to = tokens.get(m.end() - 1).end();
        String written = ProseTokens.oneLine(text.substring(from, to));
        Span span = new Span(base + from, base + to);
        String instead = e.suggestedRewrite().orElse("say exactly what is required");
        if (e.rule() == Rule.WORDY) {
            String replacement = matchCase(written, e.rewrite());
            // Across a comment line only the words change, and the fix waits to be asked for:
            // the comment stays where it was, so the result needs a look before it is kept.
            boolean crosses = ProseTokens.crossesComment(text, from, to);
            Fix fix = new Fix("Write `" + replacement + "`" + (crosses ? " (the comment line stays)" : ""),
                    ProseTokens.wordEdits(text, base, from, to, replacement), !crosses);
            return Finding.of(Rule.WORDY, span, "`" + written + "` " + LABELS.get(Rule.WORDY) + ": write `"
                    + replacement + "`. " + e.reason(), fix);
        }
        return Finding.of(e.rule(), span, "`" + written + "` " + LABELS.get(e.rule()) + ": " + e.reason()
                + " Instead: " + instead + ".");
    }

    /** The replacement with the first letter's case of the text it replaces. */
    static String matchCase(String written, String replacement) {
        if (written.isEmpty() || replacement.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
            return replacement;
        }
        return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
}
