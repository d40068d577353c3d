package cspec.core.text;

import java.util.Arrays;

/**
 * The one place that converts between offsets and line/column positions. Lines end at LF, CRLF
 * or a lone CR; columns count UTF-16 code units, which is what LSP and Java strings both use.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    LineIndex(String text) {
        this.lineStarts = text.indexOf('\r') < 0 ? startsAfterNewlines(text) : startsAfterAnyBreak(text);
        this.length = text.length();
    }

    /**
     * Text with no CR (nearly every file) breaks lines at LF alone, found by String.indexOf,
     * which the JIT compiles to a vectorised search instead of a test of every char (issue 13).
     */
    private static int[] startsAfterNewlines(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = lf + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Line starts after LF, CRLF or a lone CR, char by char: the general case, and the reference in LineIndexTest. */
    static int[] startsAfterAnyBreak(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Zero-based line holding the offset. */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int found = Arrays.binarySearch(lineStarts, clamped);
        return found >= 0 ? found : -found - 2;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line]);
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** Offset just past the line's last character, before its line break. */
    public int lineEnd(int line, String text) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The offset of a position; a column past the line's end clamps to the start of the next line. */
    public int offset(Position position) {
        if (position.line() >= lineStarts.length) {
            return length;
        }
        int start = lineStarts[Math.max(0, position.line())];
        int next = position.line() + 1 < lineStarts.length ? lineStarts[position.line() + 1] : length;
        return Math.min(start + Math.max(0, position.column()), next);
    }
}
