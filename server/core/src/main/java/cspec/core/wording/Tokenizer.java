package cspec.core.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits prose into tokens in one pass. Words are letters and digits with inner apostrophes;
 * a hyphen splits words ("real-time" reads as "real time", so one term matches both spellings);
 * "e.g." and "i.e." are single words; "20,000", "99.9" and "99.9%" are single numbers;
 * {@code {{...}}} and {@code [...]} become one opaque token. Line breaks are plain whitespace.
 */
final class Tokenizer {
    /** The one-character strings of ASCII, made once: most punctuation tokens are one of them. */
    private static final String[] ASCII = asciiStrings();

    private Tokenizer() {
    }

    private static String[] asciiStrings() {
        String[] strings = new String[128];
        for (char c = 0; c < strings.length; c++) {
            strings[c] = String.valueOf(c);
        }
        return strings;
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            i = step(text, i, tokens);
        }
        return tokens;
    }

    /**
     * Reads the tokens of a text one at a time, for a reader that may stop early: the tokens it
     * gives, in order, are those of {@link #tokenize}.
     */
    static final class Cursor {
        private final String text;
        private final List<Token> read = new ArrayList<>();
        private int at;
        private int next;

        Cursor(String text) {
            this.text = text;
        }

        /** The next token, or null at the end of the text. */
        Token next() {
            while (next >= read.size() && at < text.length()) {
                at = step(text, at, read);
            }
            return next < read.size() ? read.get(next++) : null;
        }

        /** Every token of the text, the ones already given included. */
        List<Token> all() {
            while (at < text.length()) {
                at = step(text, at, read);
            }
            return read;
        }
    }

    /** Reads what starts at i (a token, added to tokens, or one character that separates them); the index after it. */
    private static int step(String text, int i, List<Token> tokens) {
        int n = text.length();
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == WordingEngine.MASK || c == '-' || c == '\u2013' || c == '\u2014') {
            return i + 1;
        } else if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{') {
            return opaque(text, i, "}}", tokens);
        } else if (c == '[') {
            return opaque(text, i, "]", tokens);
        } else if (Character.isLetterOrDigit(c)) {
            return word(text, i, tokens);
        }
        char mark = c == '\u2019' ? '\'' : c;
        String s = mark < ASCII.length ? ASCII[mark] : String.valueOf(mark);
        tokens.add(Token.of(i, i + 1, s, s, Token.Kind.PUNCT));
        return i + 1;
    }

    /** An opaque stretch up to its closer on the same line (or the line end, if unclosed). */
    private static int opaque(String text, int start, String closer, List<Token> tokens) {
        int end = start + 1;
        while (end < text.length() && text.charAt(end) != '\n' && !text.startsWith(closer, end)) {
            end++;
        }
        if (text.startsWith(closer, end)) {
            end += closer.length();
        }
        String s = text.substring(start, end);
        tokens.add(Token.of(start, end, s, s, Token.Kind.OPAQUE));
        return end;
    }

    private static int word(String text, int start, List<Token> tokens) {
        int n = text.length();
        int i = start;
        boolean letters = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters |= Character.isLetter(c);
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && letters) {
                i++;
            } else if ((c == ',' || c == '.') && !letters && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && letters && i - start == 1 && i + 2 < n && Character.isLetter(text.charAt(i + 1))
                    && text.charAt(i + 2) == '.') {
                i += 3; // e.g. / i.e.: two single letters with dots
            } else {
                break;
            }
        }
        if (!letters && i < n && text.charAt(i) == '%') {
            i++;
        }
        String raw = text.substring(start, i).replace('\u2019', '\'');
        Token.Kind kind = letters ? Token.Kind.WORD : Token.Kind.NUMBER;
        tokens.add(Token.of(start, i, raw, raw.toLowerCase(Locale.ROOT), kind));
        return i;
    }
}
