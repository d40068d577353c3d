package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.function.Consumer;

/**
 * {@code limit-exceeded} for a line over 100,000 characters (the parser reports the file size and
 * nesting limits). Such a line is nearly always a pasted blob, and editors and reviewers choke on
 * it. The finding covers the characters past the limit.
 */
public final class LongLines implements Check {
    public static final int MAX_LINE = 100_000;

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        SourceText source = context.source();
        LineIndex lines = source.lines();
        String text = source.text();
        if (text.length() <= MAX_LINE) {
            return;
        }
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line, text);
            if (end - start > MAX_LINE) {
                report.accept(Diagnostic.of(Rule.LIMIT_EXCEEDED, new Span(start + MAX_LINE, end),
                        "Line " + (line + 1) + " is " + String.format("%,d", end - start)
                                + " characters long, over cspec's limit of 100,000: break it into shorter lines"
                                + " (inside prose, indent the continuation lines)."));
            }
        }
    }
}
