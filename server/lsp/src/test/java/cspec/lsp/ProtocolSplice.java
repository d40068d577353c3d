package cspec.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Positions and edits as the protocol's own words put them, written apart from the server's
 * conversion so that each checks the other: lines end at CR LF, LF or a lone CR; a character
 * counts UTF-16 code units, and one past the line's end means the line's end; a negative
 * position, a line past the last or an end before the start cannot be applied to the text.
 */
final class ProtocolSplice {
    private ProtocolSplice() {
    }

    /** The text after the change, or null when the change cannot be applied to this text. */
    static String apply(String text, TextDocumentContentChangeEvent change) {
        if (change.getText() == null) {
            return null;
        }
        if (change.getRange() == null) {
            return change.getText();
        }
        Position start = change.getRange().getStart();
        Position end = change.getRange().getEnd();
        if (!usable(text, start) || !usable(text, end) || before(end, start)) {
            return null;
        }
        return text.substring(0, offset(text, start)) + change.getText() + text.substring(offset(text, end));
    }

    /** True when the range lies in the text exactly (no clamping allowed): what a server may send. */
    static boolean inside(String text, Range range) {
        return range != null && exact(text, range.getStart()) && exact(text, range.getEnd())
                && !before(range.getEnd(), range.getStart());
    }

    static int lineCount(String text) {
        return starts(text).size();
    }

    private static boolean usable(String text, Position p) {
        return p != null && p.getLine() >= 0 && p.getCharacter() >= 0 && p.getLine() < lineCount(text);
    }

    private static boolean exact(String text, Position p) {
        return usable(text, p) && p.getCharacter() <= length(text, p.getLine());
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
    }

    private static int offset(String text, Position p) {
        return starts(text).get(p.getLine()) + Math.min(p.getCharacter(), length(text, p.getLine()));
    }

    /** The length of a line without its line break. */
    private static int length(String text, int line) {
        int start = starts(text).get(line);
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end - start;
    }

    private static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }
}
