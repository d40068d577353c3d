package cspec.core.editor;

import cspec.core.diagnostic.TextEdit;
import cspec.core.format.Formatter;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Document and range formatting with the same formatter as {@code cspec format}. The formatted
 * text is compared with the original line by line; each changed run of lines becomes one edit,
 * and range formatting keeps only the edits whose lines meet the range.
 */
public final class Formatting {
    private Formatting() {
    }

    public static List<TextEdit> document(SourceText source) {
        return edits(source, Formatter.format(source));
    }

    public static List<TextEdit> range(SourceText source, Span range) {
        List<TextEdit> kept = new ArrayList<>();
        for (TextEdit e : document(source)) {
            boolean meets = e.span().start() <= range.end() && range.start() <= e.span().end();
            if (meets) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Line-level edits turning source into formatted: common lines are kept, changed runs replaced. */
    static List<TextEdit> edits(SourceText source, String formatted) {
        String before = source.text();
        if (before.equals(formatted)) {
            return List.of();
        }
        List<String> a = lines(before);
        List<String> b = lines(formatted);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> oldMid = a.subList(head, a.size() - tail);
        List<String> newMid = b.subList(head, b.size() - tail);
        int startOffset = offsetOfLine(a, head);
        if ((long) oldMid.size() * newMid.size() > 4_000_000L) {
            return List.of(new TextEdit(new Span(startOffset, startOffset + length(oldMid)), String.join("", newMid)));
        }
        return hunks(oldMid, newMid, startOffset);
    }

    /** Longest common subsequence of lines; the runs between common lines become edits. */
    private static List<TextEdit> hunks(List<String> a, List<String> b, int base) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<TextEdit> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        int offset = base;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                offset += a.get(i).length();
                i++;
                j++;
                continue;
            }
            int start = offset;
            StringBuilder replacement = new StringBuilder();
            while ((i < a.size() || j < b.size()) && !(i < a.size() && j < b.size() && a.get(i).equals(b.get(j)))) {
                if (j < b.size() && (i >= a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    replacement.append(b.get(j++));
                } else {
                    offset += a.get(i++).length();
                }
            }
            out.add(new TextEdit(new Span(start, offset), replacement.toString()));
        }
        return out;
    }

    /** The text split after each line break, so the pieces concatenate back to the text. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static int offsetOfLine(List<String> lines, int line) {
        return length(lines.subList(0, line));
    }

    private static int length(List<String> lines) {
        int n = 0;
        for (String s : lines) {
            n += s.length();
        }
        return n;
    }
}
