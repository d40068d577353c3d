package cspec.accuracy.convert;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number or letter a contract puts before a clause: {@code 4.3.1}, {@code 2. 3. 1.} (with the
 * spaces some filings have), {@code Section 7.01}, {@code ARTICLE VII}, {@code (a)}, {@code b)},
 * {@code (iv)}, {@code A.}, and list bullets. A label is read only at the start of a text.
 *
 * @param text   the label as written
 * @param number the label in a compact form for comments and IDs ({@code 2.3.1}, {@code 7},
 *               {@code (a)}), empty for a bullet
 * @param kind   what sort of label it is
 * @param end    where the text after the label and its spaces starts
 */
public record ClauseLabel(String text, String number, Kind kind, int end) {
    public enum Kind {
        /** 4.3.1, Section 7.01, ARTICLE VII: a clause of the contract's own numbering, which can head a section. */
        NUMBERED,
        /** (a), b), (iv), A.: an item inside a clause. */
        ITEM,
        /** -, o, a bullet character: a list item with no number. */
        BULLET
    }

    private static final Pattern NAMED = Pattern.compile(
            "(?i:section|article|clause)\\s+(\\d{1,3}(?:\\.\\d{1,3}){0,4}|[IVXLC]{1,7})\\.?(?=[\\s:\\-\\[]|$)");
    /**
     * 4, 4.3, 4.3.1, 2. 3. 1. — a single number needs its dot, two spaces or a capitalised word
     * after it ("2 The Executive agrees"), so "30 days" is no label.
     */
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,3}(?:\\.\\s?\\d{1,3}){1,5})\\.?(?=\\s|$)|(\\d{1,3})\\.(?=\\s|$)|(\\d{1,3})(?=\\s{2,}\\S)"
                    + "|(\\d{1,2})(?= (?:[A-Z][a-z]|[A-Z]{2,}))");
    private static final Pattern ITEM = Pattern.compile(
            "\\(([a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6}|\\d{1,2})\\)(?=\\s|$)|([a-z]{1,2}|[ivx]{1,5}|\\d{1,2})\\)(?=\\s)|([A-Z])\\.(?=\\s{2,}|\\s[A-Z])|([IVX]{1,5})\\.(?=\\s)");
    private static final Pattern BULLET = Pattern.compile("[-\u2022\u25CB\u25CF\u25A0\u25AA\u25E6\u00B7*](?=\\s)|o(?=\\s{2,})");

    /** The label at the start of text (after spaces), if there is one. */
    public static Optional<ClauseLabel> at(String text, int from) {
        int start = skipSpaces(text, from);
        String rest = text.substring(start);
        Matcher m = NAMED.matcher(rest);
        if (m.lookingAt() && !startsLowerCase(rest, m.end())) {
            String number = m.group(1);
            String compact = isRoman(number) ? String.valueOf(romanValue(number)) : number;
            return Optional.of(label(text, start, m.end(), compact, Kind.NUMBERED));
        }
        m = NUMERIC.matcher(rest);
        if (m.lookingAt()) {
            String number = firstGroup(m);
            return Optional.of(label(text, start, m.end(), number.replace(" ", ""), Kind.NUMBERED));
        }
        m = ITEM.matcher(rest);
        if (m.lookingAt()) {
            String item = firstGroup(m);
            return Optional.of(label(text, start, m.end(), "(" + item + ")", Kind.ITEM));
        }
        m = BULLET.matcher(rest);
        if (m.lookingAt()) {
            return Optional.of(label(text, start, m.end(), "", Kind.BULLET));
        }
        return Optional.empty();
    }

    private static ClauseLabel label(String text, int start, int labelEnd, String number, Kind kind) {
        int end = skipSpaces(text, start + labelEnd);
        return new ClauseLabel(text.substring(start, start + labelEnd), number, kind, end);
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    /** "Clause 5.5 will not ..." is a sentence about clause 5.5, not clause 5.5's text: a verb follows. */
    private static boolean startsLowerCase(String text, int from) {
        int i = skipSpaces(text, from);
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isRoman(String s) {
        return s.matches("(?i)[IVXLC]+");
    }

    static int romanValue(String roman) {
        String r = roman.toUpperCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = value(r.charAt(i));
            int next = i + 1 < r.length() ? value(r.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> 0;
        };
    }
}
