package cspec.core.wording;

import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Modality;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;

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
    static boolean stands(PhraseIndex.Match<TermEntry> m, ProseTokens prose, WordingContext context) {
        List<Token> tokens = prose.tokens();
        Segments seg = prose.seg();
        boolean[] taken = prose.taken();
        TermEntry e = m.value();
        Vocabulary vocabulary = context.vocabulary();
        if (!inContext(m, tokens, seg, prose.party())) {
            return false;
        }
        if (e.category().equals("discretion") && context.declared() == Modality.MAY) {
            return false; // a permission is the holder's to use: discretion there lets nobody out of anything
        }
        if (e.category().equals("said-adjective")) {
            return saidBeforeANoun(tokens, m, taken);
        }
        if (e.category().equals("effective-adjective")) {
            return !inForce(tokens, m);
        }
        if (hasDigit(e.phrase())) {
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

    /** "24/7", "99.9%": a phrase with a figure in it. A loop, not a stream: it runs for every match. */
    private static boolean hasDigit(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (Character.isDigit(phrase.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The rules of {@link TermContext}: false when the sentence shows the word does not have its list's problem. */
    private static boolean inContext(PhraseIndex.Match<TermEntry> m, List<Token> tokens, Segments seg, boolean[] party) {
        TermEntry e = m.value();
        Token first = tokens.get(m.start());
        if (e.rule() == Rule.ARCHAIC && first.is("hereby")) {
            return !TermContext.performativeHereby(tokens, m.start());
        }
        if (e.rule() == Rule.COMPARATIVE && first.is("less")) {
            return !TermContext.lessMeansMinus(tokens, m.start());
        }
        if (e.category().equals("severity-word")) {
            return !TermContext.namesSeverity(tokens, m.start(), seg);
        }
        if (e.rule() == Rule.VAGUE_TIME && (TermContext.noObligationStated(tokens, m, seg) || TermContext.inCondition(tokens, m, seg))) {
            return false;
        }
        if (e.rule() == Rule.VAGUE_TIME && (first.norm().startsWith("immediate") || first.is("forthwith"))) {
            return !TermContext.atOnce(tokens, m, seg);
        }
        if (e.rule() == Rule.VAGUE_TIME && e.phrase().equals("from time to time")) {
            return !TermContext.occasional(tokens, m, seg);
        }
        if (e.rule() == Rule.VAGUE_TIME) {
            return !TermContext.notATime(tokens, m, seg) && !TermContext.measuredElsewhere(tokens, m, seg);
        }
        if (e.rule() == Rule.OPEN_ENDED) {
            return !TermContext.numericMinimum(tokens, m);
        }
        if (e.rule() == Rule.VAGUE_TERM) {
            if (first.is("reasonably")) {
                return false; // qualifies how a party exercises a judgement or a right: a settled limit on it
            }
            if (first.norm().startsWith("effective")) {
                return !TermContext.legalEffect(tokens, m.start());
            }
            return !TermContext.judgeNamed(tokens, m, party) && !TermContext.settledOrJudged(tokens, m, seg)
                    && !TermContext.selectsOne(tokens, m.start())
                    && !TermContext.measuredByPurpose(tokens, m);
        }
        if (e.rule() == Rule.LOOPHOLE && e.category().equals("discretion")) {
            return !TermContext.discretionOfARight(tokens, m, seg);
        }
        if (e.rule() == Rule.LOOPHOLE) {
            return !TermContext.triggerNamed(tokens, m);
        }
        if (e.rule() == Rule.WORDY && e.phrase().equals("whether or not")) {
            return TermContext.whetherAsks(tokens, m);
        }
        if (e.rule() == Rule.EFFORTS_STANDARD) {
            return !TermContext.effortsIntended(tokens, m, seg);
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

    /** Words after "effective" that make it "in force": "effective date", "effective immediately", "effective from". */
    private static final java.util.Set<String> IN_FORCE_AFTER = java.util.Set.of("date", "dates", "immediately", "from",
            "on", "as", "upon", "until", "when", "at", "in", "for", "with", "time", "period", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /**
     * "effective" meaning in force, not good at its job: before a date or a number ("effective
     * 2027-01-01"), before a word of time or a preposition ("effective date", "effective
     * immediately", "effective from"), or after "become" ("the change becomes effective").
     */
    private static boolean inForce(List<Token> tokens, PhraseIndex.Match<?> m) {
        Token word = tokens.get(m.start());
        if (word.norm().endsWith("ly")) {
            return false;
        }
        int next = m.end();
        if (next < tokens.size() && (tokens.get(next).kind() == Token.Kind.NUMBER || tokens.get(next).kind() == Token.Kind.OPAQUE
                || IN_FORCE_AFTER.contains(tokens.get(next).norm()))) {
            return true;
        }
        int before = m.start() - 1;
        return before >= 0 && tokens.get(before).norm().startsWith("becom") || before >= 0 && tokens.get(before).is("became");
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("that", "to", "in", "by", "the", "a",
            "an", "it", "they", "he", "she", "with", "for", "on", "at", "of", "and", "or", "so", "this", "these", "those");

    /** Words that make a number after them a time: "within 4 hours", "once a month". */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("second", "seconds", "minute", "minutes",
            "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "quarter",
            "quarters", "year", "years", "business", "working", "calendar", "am", "pm", "o'clock");
    /** Words before a number that make it a bound on an amount: "at least 3", "no more than 5", "up to 10". */
    private static final java.util.Set<String> LIMITS = java.util.Set.of("least", "most", "than", "to", "minimum",
            "maximum", "exactly");

    /**
     * A vague word is bounded only by a number that measures the same thing (docs/rules.md, "How
     * matching works"): a vague-time word by a time expression ("within 4 hours", "at least once a
     * month") in its sentence; a vague-quantity word by the count right after it ("several (3)")
     * or an "at least N" in its clause; a vague-term by a number after it in its clause that is
     * not a time ("sufficient capacity to ingest 20,000 events", not "adequate logs for 12
     * months"). A number inside a listed phrase or a defined term ("24/7") bounds nothing.
     */
    private static boolean boundedByNumber(List<Token> tokens, Segments seg, PhraseIndex.Match<TermEntry> m,
            boolean[] taken) {
        Rule rule = m.value().rule();
        int sentence = seg.sentence[m.start()];
        int clause = seg.clause[m.start()];
        int limit = m.end() + BOUND_AFTER;
        for (int k = m.end(); k < Math.min(seg.size(), limit) && seg.sentence[k] == sentence; k++) {
            if (seg.quantity[k] && !taken[k] && bounds(rule, tokens, seg, k, m.end(), clause)) {
                return true;
            }
            if (k > m.end() && tokens.get(k - 1).is("any") && (tokens.get(k).is("event") || tokens.get(k).is("case"))) {
                limit = k + BOUND_AFTER; // "promptly, and in any event within 4 hours": the outer bound counts
            }
        }
        if (rule != Rule.VAGUE_TIME) {
            return false;
        }
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - BOUND_BEFORE) && seg.sentence[k] == sentence; k--) {
            if (seg.quantity[k] && !taken[k] && isTime(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Does the number at k, after a vague word ending at token after, measure what that word leaves open? */
    private static boolean bounds(Rule rule, List<Token> tokens, Segments seg, int k, int after, int clause) {
        if (rule == Rule.VAGUE_TIME) {
            return isTime(tokens, k);
        }
        if (seg.clause[k] != clause && !(after < tokens.size() && tokens.get(after).isPunct('('))) {
            return false; // another clause, unless a bracket right after the word gives its measure
        }
        if (rule == Rule.VAGUE_QUANTITY) {
            boolean next = k == after || (k == after + 1 && tokens.get(after).isPunct('('));
            return next || (k > 0 && LIMITS.contains(tokens.get(k - 1).norm()));
        }
        return !isTime(tokens, k);
    }

    /** A number followed by a time unit ("4 hours", "2 business days"), or "once"/"twice"/"N times" a period. */
    private static boolean isTime(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (TIME_UNITS.contains(next.norm())) {
            return true;
        }
        int period = next.is("times") ? k + 2 : k + 1;
        boolean frequency = tokens.get(k).is("once") || tokens.get(k).is("twice") || next.is("times");
        return frequency && period + 1 < tokens.size()
                && (tokens.get(period).is("a") || tokens.get(period).is("per") || tokens.get(period).is("each")
                        || tokens.get(period).is("every"))
                && TIME_UNITS.contains(tokens.get(period + 1).norm());
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
            boolean safe = !crosses && e.rewriteKeepsMeaning();
            Fix fix = new Fix("Write `" + replacement + "`" + (crosses ? " (the comment line stays)" : "")
                    + (e.rewriteKeepsMeaning() ? "" : " (check the meaning is the same here)"),
                    ProseTokens.wordEdits(text, base, from, to, replacement), safe);
            return Finding.of(Rule.WORDY, span, "`" + written + "` " + label(Rule.WORDY) + ": write `"
                    + replacement + "`. " + e.reason(), fix);
        }
        return Finding.of(e.rule(), span, "`" + written + "` " + label(e.rule()) + ": " + e.reason()
                + " Instead: " + instead + ".");
    }

    private static String label(Rule rule) {
        return rule.termLabel().orElse("is listed");
    }

    /** The replacement with the first letter's case of the text it replaces. */
    static String matchCase(String written, String replacement) {
        if (written.isEmpty() || replacement.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
            return replacement;
        }
        return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
}
