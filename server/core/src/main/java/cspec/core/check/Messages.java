package cspec.core.check;

/** Small helpers for writing user text into messages. */
final class Messages {
    private static final int MAX_QUOTE = 60;

    private Messages() {
    }

    /** Text as it reads on one line: whitespace runs (line breaks included) become one space; long text is shortened. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.length() > MAX_QUOTE ? out.substring(0, MAX_QUOTE - 1) + "\u2026" : out.toString();
    }

    /** A number as people write it: 4, 99.9, never 4.0 or 1E+1. */
    static String number(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
