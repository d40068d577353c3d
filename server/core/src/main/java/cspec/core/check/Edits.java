package cspec.core.check;

import cspec.core.diagnostic.TextEdit;
import cspec.core.text.LineEnding;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import cspec.core.text.Span;

/** Text positions the quick fixes of several checks share: whole lines, indentation, block insertions. */
final class Edits {
    private Edits() {
    }

    /**
     * The span to delete to remove the text at span: its whole line with the line break when the
     * line holds nothing else, otherwise the span and the blanks before it.
     */
    static Span wholeLines(SourceText source, Span span) {
        String text = source.text();
        LineIndex lines = source.lines();
        int firstLine = lines.lineOf(span.start());
        int lastLine = lines.lineOf(span.end());
        int start = lines.lineStart(firstLine);
        int end = lines.lineEnd(lastLine, text);
        boolean aloneBefore = text.substring(start, span.start()).isBlank();
        boolean aloneAfter = text.substring(span.end(), end).isBlank();
        if (aloneBefore && aloneAfter) {
            int next = lastLine + 1 < lines.lineCount() ? lines.lineStart(lastLine + 1) : text.length();
            return new Span(start, next);
        }
        int from = span.start();
        while (from > start && isBlank(text.charAt(from - 1))) {
            from--;
        }
        return new Span(from, span.end());
    }

    /** The blanks at the start of the line holding offset. */
    static String indentOf(SourceText source, int offset) {
        String text = source.text();
        int start = source.lines().lineStart(source.lines().lineOf(offset));
        int end = start;
        while (end < text.length() && isBlank(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    static int lineStartOf(SourceText source, int offset) {
        return source.lines().lineStart(source.lines().lineOf(offset));
    }

    /** The line break the file uses, so inserted lines match it. */
    static String newline(SourceText source) {
        return LineEnding.of(source);
    }

    /**
     * An edit that inserts line (without indentation or line break) as the first line inside a
     * block whose header ends before the '{' found from headerEnd; firstItem is the span of the
     * block's first item, or null when the block is empty.
     */
    static TextEdit insertFirstLine(SourceText source, int headerEnd, Span firstItem, String line) {
        String text = source.text();
        String nl = newline(source);
        if (firstItem != null && startsItsLine(source, firstItem.start())) {
            String indent = indentOf(source, firstItem.start());
            return TextEdit.insert(lineStartOf(source, firstItem.start()), indent + line + nl);
        }
        int brace = text.indexOf('{', headerEnd);
        if (brace < 0) {
            return TextEdit.insert(headerEnd, " " + line);
        }
        String indent = indentOf(source, headerEnd) + "    ";
        return TextEdit.insert(brace + 1, nl + indent + line + (firstItem == null ? "" : nl + indent));
    }

    /** True when only blanks precede offset on its line. */
    static boolean startsItsLine(SourceText source, int offset) {
        return source.text().substring(lineStartOf(source, offset), offset).isBlank();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || Character.isSpaceChar(c);
    }
}
