package cspec.core.diagnostic;

import cspec.core.text.LineEnding;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import cspec.core.text.Span;

/**
 * The "Disable RULE for this line" action every finding gets in the editor: it inserts
 * {@code // cspec-disable-next-line RULE} on its own line above the flagged line, indented like
 * the flagged line. That indentation is always right: above a prose continuation line it is
 * deeper than the prose's header, so the comment stays inside the prose; above a header line
 * it is the header's own indentation, so the comment sits before the item. When the line above
 * already is a cspec-disable-next-line comment, the rule is added to it instead.
 */
public final class SuppressionFix {
    private static final String DIRECTIVE = "// cspec-disable-next-line";

    private SuppressionFix() {
    }

    public static Fix forLine(SourceText source, Span flagged, Rule rule) {
        return forLine(source, flagged, rule.id());
    }

    /** For a finding of the given rule ID. */
    public static Fix forLine(SourceText source, Span flagged, String ruleId) {
        String text = source.text();
        LineIndex lines = source.lines();
        int line = lines.lineOf(flagged.start());
        int start = lines.lineStart(line);
        String title = "Disable " + ruleId + " for this line";
        if (line > 0) {
            int aboveStart = lines.lineStart(line - 1);
            int aboveEnd = lines.lineEnd(line - 1, text);
            String above = text.substring(aboveStart, aboveEnd);
            String stripped = above.strip();
            if (stripped.startsWith(DIRECTIVE + " ")) {
                int reason = above.indexOf(" --");
                int at = reason >= 0 ? aboveStart + reason : aboveStart + above.stripTrailing().length();
                return Fix.onRequest(title, TextEdit.insert(at, ", " + ruleId));
            }
        }
        int indentEnd = start;
        while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t'
                || Character.isSpaceChar(text.charAt(indentEnd)))) {
            indentEnd++;
        }
        String indentation = text.substring(start, indentEnd);
        int end = lines.lineEnd(line, text);
        String newline = text.startsWith("\r\n", end) ? "\r\n"
                : end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r') ? text.substring(end, end + 1)
                : LineEnding.of(source);
        return Fix.onRequest(title, TextEdit.insert(start, indentation + DIRECTIVE + " " + ruleId + newline));
    }
}
