package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.prose.ProseScanner;
import cspec.core.syntax.Prose;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code undefined-term}: a Title Case phrase of two or more words ("Incident Report") used at
 * least twice away from a sentence start, that the contract never defines. Words that already
 * have a meaning are masked first: defined terms, parties, section, SLA and clause titles, header
 * strings, schedule and annex references, and the allow-list of standards and products (plus the
 * workspace's extra terms for this rule). Reported once, at the first use, with the others related.
 */
public final class UndefinedTerms implements Check {
    /** Lower-case words that may join the capitalised words of one name ("Limitation of Liability"). */
    private static final Set<String> CONNECTORS = Set.of("of", "for");
    /** A capitalised word that introduces a reference to another document ("Schedule A"), not a term. */
    private static final Set<String> REFERENCE_WORDS = Set.of("Schedule", "Annex", "Appendix", "Exhibit", "Attachment",
            "Section", "Clause", "Article", "Part", "Table", "Figure");
    /** Words that may open a sentence before a name: "The Security Operations Centre will..." */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "This", "That", "These", "Those", "Each", "Every",
            "Any", "All", "No", "Such", "Its", "Their", "Our", "If", "When", "Where", "Unless", "For", "In", "On", "At", "By");

    /** One occurrence of a candidate phrase. */
    private record Occurrence(String text, Span span) {
    }

    /** Everything the phrases of one prose depend on: its masked text and the masked names. */
    private record PhrasesKey(String text, PhraseList names) {
    }

    /** The phrases of one prose as found at base, moved to wherever the prose starts now. */
    private record Found(int base, List<Occurrence> occurrences) {
        List<Occurrence> at(int start) {
            if (start == base) {
                return occurrences;
            }
            List<Occurrence> moved = new ArrayList<>();
            for (Occurrence o : occurrences) {
                moved.add(new Occurrence(o.text(), new Span(o.span().start() + start - base, o.span().end() + start - base)));
            }
            return moved;
        }
    }

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        List<String> names = KnownNames.of(context);
        ProseScanner.PhraseSet masks = ProseScanner.PhraseSet.of(names);
        // The same names as the previous version's analysis (usually): then the key compares them by identity.
        PhraseList known = PhraseList.of(names, context.reuse());
        Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
        for (Prose prose : context.outline().prose()) {
            String text = prose.maskedText(context.source());
            int base = prose.span().start();
            Found found = context.reuse().get(new PhrasesKey(text, known), () -> new Found(base, phrases(text, base, masks)));
            for (Occurrence o : found.at(base)) {
                byKey.computeIfAbsent(key(o.text()), k -> new ArrayList<>()).add(o);
            }
        }
        for (List<Occurrence> occurrences : byKey.values()) {
            if (occurrences.size() >= 2) {
                report.accept(undefined(occurrences));
            }
        }
    }

    private static Diagnostic undefined(List<Occurrence> occurrences) {
        Occurrence first = occurrences.get(0);
        Diagnostic d = Diagnostic.of(Rule.UNDEFINED_TERM, first.span(),
                "\u201C" + first.text() + "\u201D is capitalised like a defined term and used " + occurrences.size()
                        + " times, but the contract never defines it: add `\"" + first.text() + "\" means ...` to a"
                        + " `definitions` block, or write it in lower case.");
        for (Occurrence other : occurrences.subList(1, occurrences.size())) {
            d = d.withRelated(RelatedLocation.here(other.span(), "Also used here."));
        }
        return d;
    }

    /** Grouping key: case and a final plural s do not make a different phrase. */
    private static String key(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** The Title Case runs in one piece of prose, skipping masked words and sentence openings. */
    private static List<Occurrence> phrases(String text, int base, ProseScanner.PhraseSet masks) {
        List<int[]> words = ProseScanner.words(text);
        boolean[] masked = new boolean[words.size()];
        markMasked(text, words, masks, masked);
        List<Occurrence> found = new ArrayList<>();
        int w = 0;
        while (w < words.size()) {
            int end = runEnd(text, words, masked, w);
            if (end > w) {
                addRun(text, base, words, w, end, found);
                w = end;
            } else {
                w++;
            }
        }
        return found;
    }

    private static void markMasked(String text, List<int[]> words, ProseScanner.PhraseSet masks, boolean[] masked) {
        int next = 0;
        for (ProseScanner.Use use : ProseScanner.uses(text, 0, masks, words)) {
            while (next < words.size() && words.get(next)[1] <= use.span().start()) {
                next++;
            }
            for (int k = next; k < words.size() && words.get(k)[0] < use.span().end(); k++) {
                masked[k] = true;
            }
        }
    }

    /** The index after the run of capitalised words (and connectors between them) starting at w, or w when none starts there. */
    private static int runEnd(String text, List<int[]> words, boolean[] masked, int w) {
        if (!capitalised(text, words, masked, w)) {
            return w;
        }
        int last = w;
        int k = w + 1;
        while (k < words.size() && spaceOnly(text, words.get(k - 1)[1], words.get(k)[0])) {
            if (capitalised(text, words, masked, k)) {
                last = k;
            } else if (!CONNECTORS.contains(word(text, words, k))) {
                break;
            }
            k++;
        }
        return last + 1;
    }

    /** Splits a run at reference words, drops a sentence opening, and keeps the parts of two or more capitalised words. */
    private static void addRun(String text, int base, List<int[]> words, int from, int to, List<Occurrence> found) {
        int start = from;
        if (ProseScanner.atSentenceStart(text, words.get(from)[0])) {
            if (!OPENERS.contains(word(text, words, from))) {
                return;
            }
            start = from + 1;
        }
        for (int k = start; k < to; k++) {
            if (REFERENCE_WORDS.contains(word(text, words, k))) {
                addPart(text, base, words, start, k, found);
                return; // "Schedule A" and whatever follows it name another document
            }
        }
        addPart(text, base, words, start, to, found);
    }

    private static void addPart(String text, int base, List<int[]> words, int from, int to, List<Occurrence> found) {
        while (to > from && CONNECTORS.contains(word(text, words, to - 1))) {
            to--;
        }
        int capitals = 0;
        for (int k = from; k < to; k++) {
            capitals += CONNECTORS.contains(word(text, words, k)) ? 0 : 1;
        }
        if (capitals >= 2 && !shouted(text, words, from, to)) {
            int s = words.get(from)[0];
            int e = words.get(to - 1)[1];
            found.add(new Occurrence(Messages.quote(text.substring(s, e)), new Span(base + s, base + e)));
        }
    }

    /**
     * A run of all-capital words inside a passage written in capitals ("IN NO EVENT SHALL EITHER
     * PARTY BE LIABLE TO THE OTHER FOR ANY SPECIAL ..."): there capitals are emphasis, not the sign
     * of a defined term. Read from the run and the 6 words on each side of it: 8 or more words in
     * capitals and at most one that is not make it a shouted passage. A capitalised term in
     * ordinary text ("pay the REVENUE SHARE to SAP AFRICA") is still read.
     */
    private static boolean shouted(String text, List<int[]> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!allCapitals(word(text, words, k))) {
                return false;
            }
        }
        int capitals = 0;
        int others = 0;
        for (int k = Math.max(0, from - 6); k < Math.min(words.size(), to + 6); k++) {
            if (allCapitals(word(text, words, k))) {
                capitals++;
            } else {
                others++;
            }
        }
        return capitals >= 8 && others <= 1;
    }

    private static boolean allCapitals(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean capitalised(String text, List<int[]> words, boolean[] masked, int k) {
        return !masked[k] && Character.isUpperCase(text.charAt(words.get(k)[0]));
    }

    /**
     * Only blanks between two words, line breaks included: a name may wrap onto the next prose
     * line, and a comment line inside prose reads as blank, so it does not split the name either.
     */
    private static boolean spaceOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static String word(String text, List<int[]> words, int k) {
        return text.substring(words.get(k)[0], words.get(k)[1]);
    }
}
