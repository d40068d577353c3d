package cspec.accuracy.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits running contract text into sentences, each with the clause labels written before it.
 *
 * <p>A sentence ends at {@code .}, {@code ?} or {@code !} (and any closing quotes or brackets)
 * followed by a space and then a capital letter, an opening quote, a clause label or a bullet;
 * never after an abbreviation ({@code Inc.}, {@code No.}, {@code e.g.}, {@code U.S.}, an
 * initial) and never before a lower-case word. A period after a number ends a sentence only
 * when the number is not the sentence's own label: "as set out in Section 4. The Company"
 * ends after "4."; "4. The Company" at the start is clause 4.
 *
 * <p>Some boundaries need no period, because the filings lay lists out that way: a multi-level
 * clause number or a bullet that starts a new printed line (three or more spaces before it, two
 * after a number), a bullet after a colon, a numbered clause right after a capitalised run-in
 * heading, and inside a bulleted item, a " - " before a capital
 * (the next bullet of a list written on one line).
 */
public final class SentenceSplitter {
    /** One sentence: the labels before it (outermost first) and its text, which never starts with a label. */
    public record Unit(List<ClauseLabel> labels, String text) {
        public Unit {
            labels = List.copyOf(labels);
        }
    }

    /** Lower-case words that take a period and do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "ltd", "co", "corp", "cos", "no", "nos", "sec", "secs", "art", "arts", "para", "paras", "cl",
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "v", "e.g", "i.e", "u.s", "u.k", "n.a", "l.p", "s.a",
            "a.m", "p.m", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "pty", "viz", "cf", "vol", "pp", "ch", "min", "max", "hrs", "tel", "fax",
            "ph", "bros", "assn", "mfg", "intl", "govt", "nat", "natl", "ave", "blvd", "rd", "fl", "ste", "p", "pg",
            "sub", "subs", "incl", "attn", "ref", "resp", "etc.");
    /** Words after which a single capital letter is a schedule or exhibit name, not an initial. */
    private static final Set<String> LETTER_REFERENCES = Set.of(
            "exhibit", "schedule", "appendix", "annex", "attachment", "section", "article", "part", "item",
            "clause", "paragraph", "rider", "addendum", "class", "series", "tier", "level", "phase", "option", "plan");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:[A-Za-z]\\.)+[A-Za-z]");
    private static final Pattern SOFT_BREAK_LABEL = Pattern.compile(
            " {3,}(?=\\d{1,3}\\.\\s?\\d{1,3}(?:\\.\\s?\\d{1,3})*\\.?\\s{2,}\\S)");
    private static final Pattern SOFT_BREAK_BULLET = Pattern.compile(" {3,}(?=[-\u2022\u25CB\u25CF\u25A0\u25AA\u25E6o*]\\s+\\S)");
    /**
     * "SHORT TERM INCENTIVE PLAN (STIP) 1.1 The Executive ...", "24. General 24.1 The Executive
     * ...": a run-in heading without a period, then a numbered clause; not "under clause 3.2 The".
     */
    private static final Pattern HEADING_THEN_LABEL = Pattern.compile(
            "(?<=[\\p{L})])(?<!(?i:section|sections|clause|clauses|article|paragraph|schedule|exhibit|annex|appendix|part))"
                    + " (?=\\d{1,2}\\.\\d{1,2}\\.? [A-Z])");
    private static final Pattern COLON_BULLET = Pattern.compile(":\\s+(?=[-\u2022\u25CB\u25CF\u25A0\u25AA\u25E6]\\s+\\S)");
    private static final Pattern STRONG_BULLET = Pattern.compile("\\s+(?=[\u2022\u25CB\u25CF\u25A0\u25AA\u25E6]\\s+\\S)");

    private SentenceSplitter() {
    }

    public static List<Unit> split(String flow) {
        List<Unit> units = new ArrayList<>();
        TreeSet<Integer> forced = forcedBoundaries(flow);
        int i = 0;
        while (i < flow.length()) {
            i = ClauseLabel.skipSpaces(flow, i);
            if (i >= flow.length()) {
                break;
            }
            List<ClauseLabel> labels = new ArrayList<>();
            int textStart = i;
            for (Optional<ClauseLabel> label = ClauseLabel.at(flow, textStart); label.isPresent() && labels.size() < 6;
                    label = ClauseLabel.at(flow, textStart)) {
                labels.add(label.get());
                textStart = label.get().end();
            }
            boolean bulleted = !labels.isEmpty() && labels.get(labels.size() - 1).kind() == ClauseLabel.Kind.BULLET;
            int end = sentenceEnd(flow, textStart, forced, bulleted);
            String text = flow.substring(textStart, end).strip();
            if (!text.isEmpty() || !labels.isEmpty()) {
                units.add(new Unit(labels, text));
            }
            i = Math.max(end, textStart + 1);
        }
        return units;
    }

    /** Where the sentence starting at from ends (exclusive). */
    private static int sentenceEnd(String flow, int from, TreeSet<Integer> forced, boolean bulleted) {
        Integer nextForced = forced.higher(from);
        int noPeriod = nextForced == null ? flow.length() : nextForced;
        for (int p = from; p < flow.length() && p < noPeriod; p++) {
            char c = flow.charAt(p);
            if (bulleted && c == '-' && nextBullet(flow, p)) {
                return p;
            }
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int after = p + 1;
            while (after < flow.length() && "\"\u201D\u2019')]".indexOf(flow.charAt(after)) >= 0) {
                after++;
            }
            if (after >= flow.length()) {
                return flow.length();
            }
            if (!Character.isWhitespace(flow.charAt(after)) || p == from) {
                continue;
            }
            int next = ClauseLabel.skipSpaces(flow, after);
            if (next >= flow.length()) {
                return flow.length();
            }
            if (startsSentence(flow, next) && (c != '.' || !isAbbreviation(flow, from, p))) {
                return after;
            }
        }
        return noPeriod;
    }

    /** In a bulleted item, " - The Company will ..." starts the next item of the same list. */
    private static boolean nextBullet(String flow, int p) {
        return p > 0 && flow.charAt(p - 1) == ' ' && p + 2 < flow.length() && flow.charAt(p + 1) == ' '
                && Character.isUpperCase(flow.charAt(p + 2));
    }

    /** Every boundary that needs no period, found once per text. */
    private static TreeSet<Integer> forcedBoundaries(String flow) {
        TreeSet<Integer> at = new TreeSet<>();
        for (Pattern p : List.of(SOFT_BREAK_LABEL, SOFT_BREAK_BULLET, COLON_BULLET, STRONG_BULLET, HEADING_THEN_LABEL)) {
            Matcher m = p.matcher(flow);
            while (m.find()) {
                at.add(p == COLON_BULLET ? m.start() + 1 : m.start());
            }
        }
        return at;
    }

    /** True when a new sentence can start at index i: a capital, an opening quote, a clause label or a bullet. */
    private static boolean startsSentence(String flow, int i) {
        char c = flow.charAt(i);
        if (Character.isUpperCase(c) || c == '"' || c == '\u201C' || c == '[') {
            return true;
        }
        if (Character.isDigit(c) || c == '(' || c == '-' || "\u2022\u25CB\u25CF\u25A0\u25AA\u25E6".indexOf(c) >= 0) {
            Optional<ClauseLabel> label = ClauseLabel.at(flow, i);
            if (label.isEmpty()) {
                return false;
            }
            int after = label.get().end();
            if (after >= flow.length()) {
                return true;
            }
            char first = flow.charAt(after);
            boolean numbered = label.get().kind() == ClauseLabel.Kind.NUMBERED
                    && (label.get().text().endsWith(".") || label.get().number().contains("."));
            return Character.isUpperCase(first) || first == '"' || first == '\u201C' || first == '('
                    || (numbered && Character.isLetter(first));
        }
        return false;
    }

    /** True when the period at p closes an abbreviation or an initial rather than a sentence. */
    private static boolean isAbbreviation(String flow, int from, int p) {
        int start = p;
        while (start > from && !Character.isWhitespace(flow.charAt(start - 1)) && flow.charAt(start - 1) != '('
                && flow.charAt(start - 1) != '"' && flow.charAt(start - 1) != '\u201C') {
            start--;
        }
        String word = flow.substring(start, p);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || DOTTED_ABBREVIATION.matcher(word).matches()) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return !LETTER_REFERENCES.contains(previousWord(flow, from, start).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static String previousWord(String flow, int from, int wordStart) {
        int end = wordStart;
        while (end > from && Character.isWhitespace(flow.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(flow.charAt(start - 1))) {
            start--;
        }
        return flow.substring(start, end);
    }
}
