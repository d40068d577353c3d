package cspec.core.editor;

import java.util.Comparator;

/** What an ID looks like, and the order people expect IDs in (MON-2 before MON-10). */
public final class Ids {
    private Ids() {
    }

    /** True for a letter followed by letters, digits, '-', '_' or '.', as the language defines IDs. */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isIdChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    /** Compares IDs chunk by chunk, numbers by value, so MON-2 sorts before MON-10. */
    public static final Comparator<String> NATURAL = Ids::compareNatural;

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String na = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(na.length(), nb.length());
                int byDigits = byLength != 0 ? byLength : na.compareTo(nb);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The prefix an ID shares with its siblings and its number, as in MON- and 12 for MON-12. */
    public record Numbered(String prefix, int number) {
    }

    /** Splits MON-12 into MON- and 12; null when the ID does not end in a number. */
    public static Numbered numbered(String id) {
        int end = id.length();
        int start = end;
        while (start > 0 && Character.isDigit(id.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > 9) {
            return null;
        }
        return new Numbered(id.substring(0, start), Integer.parseInt(id.substring(start)));
    }
}
