package cspec.accuracy.convert;

import java.util.List;

/**
 * Writes .cspec text: strings with their quotes escaped, and prose wrapped under its header.
 *
 * <p>Prose is wrapped at about 100 columns and indented 8 spaces, deeper than the requirement or
 * definition that carries it (4 spaces), as docs/language.md asks. Two things would change what
 * the lexer reads, so the wrapper never lets a continuation line start with them: a {@code }}
 * (which ends the prose) and a {@code //} (which makes the line a comment). A word that would
 * start a line with either stays on the line before.
 */
public final class CspecWriter {
    static final int WIDTH = 100;
    static final String ITEM_INDENT = "    ";
    static final String PROSE_INDENT = "        ";

    private final StringBuilder out = new StringBuilder();

    public CspecWriter line(String text) {
        out.append(text).append('\n');
        return this;
    }

    public CspecWriter blank() {
        out.append('\n');
        return this;
    }

    /** A header line ending in ':' or 'means', and its prose wrapped on the lines after it. */
    public CspecWriter prose(String header, String prose) {
        List<String> words = List.of(oneLine(prose).split(" "));
        StringBuilder line = new StringBuilder(header);
        boolean first = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            boolean fits = line.length() + 1 + word.length() <= WIDTH;
            boolean unsafeStart = word.startsWith("}") || word.startsWith("//");
            if (first && header.endsWith(":")) {
                line(line.toString());
                line = new StringBuilder(PROSE_INDENT).append(word);
            } else if (fits || unsafeStart || line.toString().isBlank()) {
                line.append(' ').append(word);
            } else {
                line(line.toString());
                line = new StringBuilder(PROSE_INDENT).append(word);
            }
            first = false;
        }
        return line(line.toString());
    }

    /** A straight-quoted string: backslashes and straight quotes escaped, line breaks flattened. */
    public static String string(String value) {
        return "\"" + oneLine(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Whitespace runs (line breaks and layout gaps included) to single spaces; control characters out. */
    public static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return b.toString().replaceAll(" {2,}", " ").strip();
    }

    public String text() {
        return out.toString();
    }
}
