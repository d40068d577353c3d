package cspec.cli.report;

import cspec.core.text.Position;
import cspec.core.text.SourceText;
import cspec.core.text.Span;

/**
 * A span as reports show it: 1-based lines and columns, columns in UTF-16 code units, the end
 * exclusive (the column just after the last flagged character; equal to the start for an
 * insertion point). This is the reports' one conversion from core's offsets.
 */
public record Range(int startLine, int startColumn, int endLine, int endColumn) {
    public static Range of(SourceText source, Span span) {
        Position start = source.lines().position(span.start());
        Position end = source.lines().position(span.end());
        return new Range(start.line() + 1, start.column() + 1, end.line() + 1, end.column() + 1);
    }

    /** The text of the line the range starts on, without its line break. */
    public static String firstLineText(SourceText source, Span span) {
        int line = source.lines().lineOf(span.start());
        return source.text().substring(source.lines().lineStart(line), source.lines().lineEnd(line, source.text()));
    }
}
