package cspec.core.prose;

import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds what prose points at or leaves open: {@code [ID]} cross-references, other bracketed
 * blanks ({@code [Client to confirm]}), {@code {{name: default}}} placeholders, the markers TBD,
 * TBC, TBA and XXX, runs of blanking characters (▇▇▇, ████, ___), and uses of given phrases
 * (defined terms). Not blanks: a redaction marker ({@code [*]}, {@code [***]}: a filed contract
 * had agreed words there), a caption after a clause number ({@code Section 3.06 [Reporting]}),
 * and an aside of four or more words that is no drafting note ({@code [fifteen (15) hours at
 * year end]}). Every scan is a single pass over the text with no backtracking, so it runs in time
 * linear in the prose length.
 */
public final class ProseScanner {
    /** Bracketed text longer than this is not a blank but ordinary punctuation gone astray. */
    private static final int MAX_BRACKET = 200;
    /** 3.06, 9.2.1, 4.1(b): compiled once, since every bracket in prose asks. */
    private static final Pattern CLAUSE_NUMBER = Pattern.compile("\\d+(\\.\\d+)+\\.?(\\([a-z0-9]{1,4}\\))*");
    /** 12, 4(b), IV: a number that a word such as Section must precede. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}(\\([a-z0-9]{1,4}\\))*|[IVXLC]{1,6}");

    private ProseScanner() {
    }

    /** {@code [MON-1]}: span covers the brackets, id is the text inside them. */
    public record Reference(String id, Span span) {
    }

    /** Text left to fill in: a non-ID {@code [blank]}, an unfilled {@code {{name: default}}} or a TBD-style marker. */
    public record Blank(Kind kind, String text, Span span) {
        public enum Kind { BRACKETS, PLACEHOLDER, MARKER }
    }

    public record Findings(List<Reference> references, List<Blank> blanks) {
        public Findings {
            references = List.copyOf(references);
            blanks = List.copyOf(blanks);
        }
    }

    /**
     * One use of a phrase: which phrase (its index in the list given to {@link #uses}), where, and
     * whether the capitalisation is exactly the phrase's. {@code firstLetterOnly} is true when the
     * only difference is the case of the very first letter (as at a sentence start).
     */
    public record Use(int phrase, Span span, boolean exactCase, boolean firstLetterOnly) {
    }

    public static Findings scan(SourceText source, Prose prose) {
        return scan(prose.maskedText(source), prose.span().start());
    }

    /** Scans text whose first character sits at offset base in the document. */
    public static Findings scan(String text, int base) {
        List<Reference> references = new ArrayList<>();
        List<Blank> blanks = new ArrayList<>();
        boolean placeholdersClose = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && placeholdersClose && text.startsWith("{{", i)) {
                int close = text.indexOf("}}", i + 2);
                if (close < 0) {
                    placeholdersClose = false; // no later {{ can close either
                    i += 2;
                    continue;
                }
                blanks.add(new Blank(Blank.Kind.PLACEHOLDER, text.substring(i, close + 2), new Span(base + i, base + close + 2)));
                i = close + 2;
            } else if (c == '[') {
                i = bracket(text, i, base, references, blanks);
            } else if (isBlanking(c)) {
                int end = i;
                while (end < text.length() && isBlanking(text.charAt(end))) {
                    end++;
                }
                if (end - i >= 3) {
                    blanks.add(new Blank(Blank.Kind.MARKER, text.substring(i, end), new Span(base + i, base + end)));
                }
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                if (end - i >= 3 && "tTxX".indexOf(c) >= 0 && isMarker(text.substring(i, end))) {
                    blanks.add(new Blank(Blank.Kind.MARKER, text.substring(i, end), new Span(base + i, base + end)));
                }
                i = end;
            } else {
                i++;
            }
        }
        return new Findings(references, blanks);
    }

    /** Reads the bracket opening at i and returns where scanning continues. */
    private static int bracket(String text, int open, int base, List<Reference> references, List<Blank> blanks) {
        int limit = Math.min(text.length(), open + 1 + MAX_BRACKET);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '[') {
                return j;
            }
            if (c == ']') {
                String inside = text.substring(open + 1, j);
                Span span = new Span(base + open, base + j + 1);
                if (isRedaction(inside) || afterClauseNumber(text, open) || isAside(inside)) {
                    return j + 1; // agreed words the filing hid, a clause's caption, or the author's aside
                }
                if (isId(inside) && !isMarker(inside)) {
                    references.add(new Reference(inside, span));
                } else {
                    // Empty brackets, [], are the barest blank of all.
                    blanks.add(new Blank(Blank.Kind.BRACKETS, text.substring(open, j + 1), span));
                }
                return j + 1;
            }
        }
        return open + 1;
    }

    /** Block characters (▇, █, ▒, ■) and underscores: a run of three or more blanks out a word to fill in. */
    static boolean isBlanking(char c) {
        return (c >= '\u2580' && c <= '\u259F') || c == '\u25A0' || c == '_';
    }

    /** {@code [*]}, {@code [***]}, {@code [* * *]}: a filed contract's redaction, where the signed text had agreed words. */
    public static boolean isRedaction(String inside) {
        String s = inside.strip();
        return !s.isEmpty() && s.chars().allMatch(ch -> ch == '*' || ch == ' ');
    }

    /** Words that make bracketed text a note to fill something in: "[insert the date]", "[Client to confirm]". */
    private static final java.util.Set<String> DRAFTING_WORDS = java.util.Set.of("insert", "confirm", "confirmed",
            "tbd", "tbc", "tba", "agree", "agreed", "determine", "determined", "specify", "specified", "complete",
            "fill", "select", "choose", "name", "date", "amount", "number", "details", "address", "value", "option",
            "placeholder", "delete", "check", "todo", "note", "x", "xx", "xxx");

    /**
     * Bracketed text of four or more words with no drafting word is the author's aside, as
     * parentheses would be ("[fifteen (15) hours at year end]"), not a blank.
     */
    static boolean isAside(String inside) {
        List<int[]> words = words(inside);
        if (words.size() < 4) {
            return false;
        }
        for (int[] w : words) {
            if (DRAFTING_WORDS.contains(inside.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the bracket at open follows a clause number ("Sections 3.06 [Reporting]",
     * "Section 9 [Notices]"): the bracket is that clause's caption.
     */
    static boolean afterClauseNumber(String text, int open) {
        int i = open - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '('
                || text.charAt(i) == ')')) {
            i--;
        }
        String number = text.substring(i + 1, end);
        if (CLAUSE_NUMBER.matcher(number).matches()) {
            return true; // 3.06, 9.2.1, 4.1(b)
        }
        if (!SHORT_NUMBER.matcher(number).matches()) {
            return false;
        }
        int wordEnd = i;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int wordStart = i;
        while (wordStart >= 0 && Character.isLetter(text.charAt(wordStart))) {
            wordStart--;
        }
        String word = text.substring(wordStart + 1, i + 1).toLowerCase(Locale.ROOT);
        return wordEnd > i && java.util.Set.of("section", "sections", "article", "articles", "clause", "clauses",
                "paragraph", "paragraphs").contains(word);
    }

    /** TBD, TBC, TBA, and XXX or any longer run of X, in any case. */
    public static boolean isMarker(String word) {
        int length = word.length();
        if (length < 3) {
            return false;
        }
        char first = word.charAt(0);
        if (first != 'T' && first != 't' && first != 'X' && first != 'x') {
            return false;
        }
        if (length == 3 && (word.equalsIgnoreCase("TBD") || word.equalsIgnoreCase("TBC") || word.equalsIgnoreCase("TBA"))) {
            return true;
        }
        for (int k = 0; k < length; k++) {
            char c = word.charAt(k);
            if (c != 'X' && c != 'x') {
                return false;
            }
        }
        return true;
    }


    /** An ID as the language defines it: a letter, then letters, digits, '-', '_' or '.'. */
    public static boolean isId(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the character at index starts a sentence: nothing but blanks and opening quotes or
     * brackets lie between it and the start of the text, a full stop, question or exclamation mark,
     * a colon, or a bullet (•, -, *) that begins its line.
     */
    public static boolean atSentenceStart(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))
                || "\"\u201C\u2018'([".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.' || c == '?' || c == '!' || c == ':') {
            return true;
        }
        if (c == '\u2022' || c == '-' || c == '*') {
            int k = i - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k--;
            }
            return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '\r';
        }
        return false;
    }

    /** The index where the sentence holding index starts (after the previous full stop, question or exclamation mark). */
    public static int sentenceStartBefore(String text, int index) {
        int i = Math.min(index, text.length()) - 1;
        while (i >= 0 && ".?!".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }

    static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Every use of the given phrases in text (whose first character is at offset base), matched
     * word by word, case-insensitively, across line breaks, with a plural allowed on the last word
     * ("Security Incidents"). Where two phrases could match at one place the longer wins.
     */
    public static List<Use> uses(String text, int base, List<String> phrases) {
        return uses(text, base, PhraseSet.of(phrases));
    }

    /**
     * Phrases indexed by their first word, built once and matched against many pieces of prose
     * (building the index per piece made checks quadratic in contract size).
     */
    public static final class PhraseSet {
        private final Map<String, List<Phrase>> byFirstWord;
        private final FirstWords firstWords;
        private final boolean plurals;

        private PhraseSet(Map<String, List<Phrase>> byFirstWord, boolean plurals) {
            this.byFirstWord = byFirstWord;
            this.firstWords = FirstWords.of(byFirstWord.keySet());
            this.plurals = plurals;
        }

        public static PhraseSet of(List<String> phrases) {
            return new PhraseSet(index(phrases), false);
        }

        /**
         * Phrases whose one-word members also match their plural when it starts with the same
         * case of letter ("Inventions" for "Invention", not "inventions"): how a contract uses a
         * defined word in the plural.
         */
        public static PhraseSet withPlurals(List<String> phrases) {
            return new PhraseSet(index(phrases), true);
        }
    }

    /** Every use of the set's phrases in text (whose first character is at offset base), longest first. */
    public static List<Use> uses(String text, int base, PhraseSet phrases) {
        return phrases.byFirstWord.isEmpty() ? new ArrayList<>() : uses(text, base, phrases, words(text));
    }

    /** The same, for a caller that has the text's {@link #words} already. */
    public static List<Use> uses(String text, int base, PhraseSet phrases, List<int[]> words) {
        Map<String, List<Phrase>> byFirstWord = phrases.byFirstWord;
        List<Use> uses = new ArrayList<>();
        if (byFirstWord.isEmpty()) {
            return uses;
        }
        LowerCaseProbe probe = new LowerCaseProbe(text);
        int w = 0;
        while (w < words.size()) {
            int[] first = words.get(w);
            List<Phrase> candidates = phrases.firstWords.mayHold(text, first[0], first[1])
                    ? byFirstWord.get(probe.at(first[0], first[1])) : null;
            if (candidates == null && phrases.plurals && first[1] - first[0] > 3
                    && Character.toLowerCase(text.charAt(first[1] - 1)) == 's'
                    && phrases.firstWords.mayHoldSingular(text, first[0], first[1])) {
                candidates = singularCandidates(byFirstWord, text.substring(first[0], first[1]),
                        Character.isUpperCase(text.charAt(first[0])));
            }
            int consumed = 0;
            if (candidates != null) {
                for (Phrase phrase : candidates) {
                    Use use = phrase.matchAt(text, base, words, w);
                    if (use != null) {
                        uses.add(use);
                        consumed = phrase.words.size();
                        break;
                    }
                }
            }
            w += Math.max(1, consumed);
        }
        return uses;
    }

    /**
     * A quick "no" for most words before they are hashed and looked up: a bit per (length, first
     * letter, last letter) of the phrases' lower-case first words, folded into a small table. A word
     * whose bit is clear cannot be a first word; a set bit still needs the lookup. Every word of
     * every prose is asked, and in a contract few are the first word of a defined term. A key
     * outside ASCII, or a word starting or ending outside it, always passes: lower-casing such a
     * word may change it in ways the bits do not follow.
     */
    static final class FirstWords {
        private static final int BITS = 1024;
        private final long[] bits;
        private final boolean everyWord;

        private FirstWords(long[] bits, boolean everyWord) {
            this.bits = bits;
            this.everyWord = everyWord;
        }

        static FirstWords of(Iterable<String> lowerCaseKeys) {
            long[] bits = new long[BITS / Long.SIZE];
            boolean everyWord = false;
            for (String key : lowerCaseKeys) {
                everyWord |= key.isEmpty() || !isAscii(key);
                if (!everyWord) {
                    int bit = bit(key.length(), key.charAt(0), key.charAt(key.length() - 1));
                    bits[bit >>> 6] |= 1L << bit;
                }
            }
            return new FirstWords(bits, everyWord);
        }

        /** False when text [from, to), lower-cased, is certainly no key. */
        boolean mayHold(String text, int from, int to) {
            return mayHold(text, from, to - from, text.charAt(to - 1));
        }

        /**
         * False when no singular that {@link #singularCandidates} derives from the plural text
         * [from, to) can be a key: the word less its "s", less its "es", or with "ies" made "y".
         */
        boolean mayHoldSingular(String text, int from, int to) {
            int length = to - from;
            return mayHold(text, from, length - 1, text.charAt(to - 2))
                    || length > 2 && mayHold(text, from, length - 2, text.charAt(to - 3))
                    || length > 3 && mayHold(text, from, length - 2, 'y');
        }

        private boolean mayHold(String text, int from, int length, char last) {
            char first = text.charAt(from);
            if (everyWord || first >= 0x80 || last >= 0x80) {
                return true;
            }
            int bit = bit(length, lower(first), lower(last));
            return (bits[bit >>> 6] & (1L << bit)) != 0;
        }

        private static int bit(int length, char first, char last) {
            return ((length * 31 + first) * 31 + last) & (BITS - 1);
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static boolean isAscii(String s) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    /** "Inventions" for the one-word term "Invention": a plural first word can only be a one-word phrase's last. */
    private static List<Phrase> singularCandidates(Map<String, List<Phrase>> byFirstWord, String written, boolean upper) {
        List<Phrase> found = null;
        for (String form : singularForms(written.toLowerCase(Locale.ROOT))) {
            for (Phrase phrase : byFirstWord.getOrDefault(form, List.of())) {
                if (phrase.words.size() == 1 && Character.isUpperCase(phrase.words.get(0).charAt(0)) == upper) {
                    found = found == null ? new ArrayList<>() : found;
                    found.add(phrase);
                }
            }
        }
        return found;
    }

    /** The singulars a lower-case plural may have: less its "s", less its "es", or with "ies" made "y". */
    static List<String> singularForms(String plural) {
        List<String> forms = new ArrayList<>();
        forms.add(plural.substring(0, plural.length() - 1));
        if (plural.endsWith("es")) {
            forms.add(plural.substring(0, plural.length() - 2));
        }
        if (plural.endsWith("ies")) {
            forms.add(plural.substring(0, plural.length() - 3) + "y");
        }
        return forms;
    }

    private static Map<String, List<Phrase>> index(List<String> phrases) {
        Map<String, List<Phrase>> byFirstWord = new HashMap<>();
        for (int p = 0; p < phrases.size(); p++) {
            Phrase phrase = Phrase.of(p, phrases.get(p));
            if (phrase != null) {
                byFirstWord.computeIfAbsent(phrase.words.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(phrase);
            }
        }
        for (List<Phrase> list : byFirstWord.values()) {
            list.sort((a, b) -> Integer.compare(b.words.size(), a.words.size()));
        }
        return byFirstWord;
    }

    /** The [start, end) of every run of letters and digits: the words phrases are matched on. */
    public static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int end = wordEnd(text, i);
                words.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /**
     * A word of the text looked up in a map keyed by lower-case strings without copying it: it
     * hashes and compares as its lower-case form would. Every word of every piece of prose is
     * looked up, so the copy it saves is most of the lookup's cost. A word with a character
     * outside ASCII is copied after all, so that it lowers exactly as the keys were lowered.
     */
    private static final class LowerCaseProbe {
        private final String text;
        private int start;
        private int end;
        private int hash;

        LowerCaseProbe(String text) {
            this.text = text;
        }

        Object at(int from, int to) {
            int h = 0;
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c >= 0x80) {
                    return text.substring(from, to).toLowerCase(Locale.ROOT);
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            start = from;
            end = to;
            hash = h;
            return this;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        /** HashMap asks the probe whether it equals a key, so this compares with a lower-case String. */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof String key) || key.length() != end - start) {
                return false;
            }
            for (int k = 0; k < key.length(); k++) {
                char c = text.charAt(start + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != key.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whitespace runs count as one space and curly apostrophes as straight ones. */
    private static String separator(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c == '\u2019' ? '\'' : c);
            }
        }
        return out.toString();
    }

    /** One phrase split into words and the separators between them. */
    private record Phrase(int index, List<String> words, List<String> separators) {
        static Phrase of(int index, String text) {
            List<int[]> spans = ProseScanner.words(text);
            if (spans.isEmpty()) {
                return null;
            }
            List<String> words = new ArrayList<>();
            List<String> separators = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++) {
                words.add(text.substring(spans.get(k)[0], spans.get(k)[1]));
                if (k > 0) {
                    separators.add(separator(text, spans.get(k - 1)[1], spans.get(k)[0]));
                }
            }
            return new Phrase(index, words, separators);
        }

        Use matchAt(String text, int base, List<int[]> found, int at) {
            if (at + words.size() > found.size()) {
                return null;
            }
            boolean exact = true;
            boolean firstLetterOnly = true;
            for (int k = 0; k < words.size(); k++) {
                int[] span = found.get(at + k);
                if (k > 0 && !separators.get(k - 1).equals(separator(text, found.get(at + k - 1)[1], span[0]))) {
                    return null;
                }
                String written = text.substring(span[0], span[1]);
                String stem = k == words.size() - 1 ? singular(written, words.get(k)) : written;
                if (stem == null || !stem.equalsIgnoreCase(words.get(k))) {
                    return null;
                }
                if (!stem.equals(words.get(k))) {
                    exact = false;
                    boolean restSame = k == 0 && stem.substring(1).equals(words.get(k).substring(1));
                    firstLetterOnly &= restSame;
                }
            }
            int start = found.get(at)[0];
            int end = found.get(at + words.size() - 1)[1];
            return new Use(index, new Span(base + start, base + end), exact, !exact && firstLetterOnly);
        }

        /** The written word without a plural ending that turns term into it, or null when none does. */
        private static String singular(String written, String term) {
            int n = term.length();
            if (written.length() == n) {
                return written;
            }
            String lowerWritten = written.toLowerCase(Locale.ROOT);
            String lowerTerm = term.toLowerCase(Locale.ROOT);
            if (lowerWritten.equals(lowerTerm + "s") || lowerWritten.equals(lowerTerm + "es")) {
                return written.substring(0, n);
            }
            if (lowerTerm.endsWith("y") && lowerWritten.equals(lowerTerm.substring(0, n - 1) + "ies")) {
                return written.substring(0, n - 1) + term.charAt(n - 1);
            }
            return null;
        }
    }
}
