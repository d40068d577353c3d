package cspec.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a file (`--- a/x` / `+++ b/x`, hunks with three lines of
 * context), for `cspec lint --fix --diff`. Lines are compared whole, by a longest common
 * subsequence; contract files are small enough for its quadratic table.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    private record Line(char kind, String text, int oldNumber, int newNumber) {
    }

    static String of(String path, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<Line> script = script(a, b);
        StringBuilder out = new StringBuilder("--- a/" + path + "\n+++ b/" + path + "\n");
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within twice the context.
            while (end < script.size()) {
                int next = end;
                while (next < script.size() && script.get(next).kind() == ' ') {
                    next++;
                }
                if (next >= script.size() || next - end > 2 * CONTEXT) {
                    end = Math.min(script.size(), end + CONTEXT);
                    break;
                }
                end = next + 1;
            }
            hunk(script.subList(start, end), out);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(List<Line> lines, StringBuilder out) {
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (Line l : lines) {
            if (l.kind() != '+') {
                oldStart = oldStart == 0 ? l.oldNumber() : oldStart;
                oldCount++;
            }
            if (l.kind() != '-') {
                newStart = newStart == 0 ? l.newNumber() : newStart;
                newCount++;
            }
        }
        out.append("@@ -").append(oldStart).append(',').append(oldCount)
                .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
        for (Line l : lines) {
            out.append(l.kind()).append(l.text()).append('\n');
        }
    }

    /** The edit script: kept (' '), removed ('-') and added ('+') lines with their 1-based numbers. */
    private static List<Line> script(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add(new Line(' ', a.get(i), ++i, ++j));
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removals before additions, as diff(1) prints them.
                out.add(new Line('-', a.get(i), ++i, j));
            } else {
                out.add(new Line('+', b.get(j), i, ++j));
            }
        }
        return out;
    }
}
