package cspec.procurement.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RFC 4180 CSV, with the one twist spreadsheets need: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula when the file is
 * opened, so it is written with a leading {@code '} (shown as text) and the {@code '} is removed
 * again when cspec reads the file back.
 */
public final class Csv {
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    /** A record and the line of the file it starts on (1-based). */
    public record Line(int number, List<String> cells) {
    }

    /** The file does not parse as CSV; the message names the line. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private Csv() {
    }

    public static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.contains(cell.charAt(0)) ? "'" + cell : cell;
    }

    public static String restored(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && FORMULA_STARTS.contains(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    public static String write(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quoted(neutralised(record.get(i) == null ? "" : record.get(i))));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quoted(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The records of a CSV text, cells restored; a byte-order mark at the start is skipped. */
    public static List<Line> read(String text) throws Malformed {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordStart = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(restored(cell.toString()));
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(restored(cell.toString()));
                addUnlessBlank(lines, recordStart, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                recordStart = ++line;
            } else if (wasQuoted) {
                throw new Malformed("line " + line + ": text after a closing quote; a quote inside a cell is written twice (\"\")");
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Malformed("line " + recordStart + ": a quoted cell is never closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(restored(cell.toString()));
            addUnlessBlank(lines, recordStart, cells);
        }
        return lines;
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> cells) {
        if (!(cells.size() == 1 && cells.get(0).isBlank())) {
            lines.add(new Line(number, List.copyOf(cells)));
        }
    }
}
