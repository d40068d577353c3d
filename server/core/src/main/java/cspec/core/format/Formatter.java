package cspec.core.format;

import cspec.core.syntax.Lexeme;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.syntax.parse.Lexemes;
import cspec.core.text.SourceText;
import java.util.List;
import java.util.Map;

/**
 * Canonical layout of a .cspec file: four spaces per block level, one item per line, single
 * spaces between words of structure, durations in full words, at most one blank line in a row.
 * Prose, strings and comments keep every character but their indentation (prose lines move
 * with their header, so the text stays the same text). A file with syntax errors is returned
 * unchanged: guessing at the layout of broken structure could move words into other items; so
 * is a file without a contract, profile or library.
 */
public final class Formatter {
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("min", new String[] {"minute", "minutes"}), Map.entry("mins", new String[] {"minute", "minutes"}),
            Map.entry("minute", new String[] {"minute", "minutes"}), Map.entry("minutes", new String[] {"minute", "minutes"}),
            Map.entry("hr", new String[] {"hour", "hours"}), Map.entry("hrs", new String[] {"hour", "hours"}),
            Map.entry("hour", new String[] {"hour", "hours"}), Map.entry("hours", new String[] {"hour", "hours"}),
            Map.entry("day", new String[] {"day", "days"}), Map.entry("days", new String[] {"day", "days"}),
            Map.entry("week", new String[] {"week", "weeks"}), Map.entry("weeks", new String[] {"week", "weeks"}),
            Map.entry("wk", new String[] {"week", "weeks"}), Map.entry("wks", new String[] {"week", "weeks"}),
            Map.entry("yr", new String[] {"year", "years"}), Map.entry("yrs", new String[] {"year", "years"}),
            Map.entry("mo", new String[] {"month", "months"}), Map.entry("mos", new String[] {"month", "months"}),
            Map.entry("month", new String[] {"month", "months"}), Map.entry("months", new String[] {"month", "months"}),
            Map.entry("year", new String[] {"year", "years"}), Map.entry("years", new String[] {"year", "years"}));

    private Formatter() {
    }

    /**
     * The formatted text; the input itself when it has syntax errors, holds no document (an
     * empty or comment-only file is what its author left, not a layout to correct) or is
     * already canonical.
     */
    public static String format(SourceText source) {
        SpecFile file = SpecParser.parse(source);
        if (!file.syntaxErrors().isEmpty() || file.document() == null) {
            return source.text();
        }
        return new Layout(source, Lexemes.of(source)).render();
    }

    /** One pass over the tokens, writing lines. */
    private static final class Layout {
        private final SourceText source;
        private final List<Lexeme> lexemes;
        private final String newline;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private int depth;
        private int lineOriginalIndent;
        private int lastOriginalLine = -1;
        private Lexeme previous;

        Layout(SourceText source, List<Lexeme> lexemes) {
            this.source = source;
            this.lexemes = lexemes;
            this.newline = source.text().contains("\r\n") ? "\r\n" : "\n";
        }

        String render() {
            for (Lexeme lexeme : lexemes) {
                switch (lexeme.kind()) {
                    case COMMENT -> {
                        flush();
                        startLine(lexeme);
                        line.append(stripTrailing(lexeme.text()));
                        flush();
                    }
                    case OPEN_BRACE -> {
                        append(lexeme, "{");
                        flush();
                        depth++;
                    }
                    case CLOSE_BRACE -> {
                        flush();
                        depth = Math.max(0, depth - 1);
                        startLine(lexeme);
                        line.append('}');
                        flush();
                    }
                    case PROSE -> prose(lexeme);
                    default -> append(lexeme, canonical(lexeme));
                }
                previous = lexeme;
            }
            flush();
            String text = out.toString();
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            return text.substring(0, end) + newline;
        }

        private String canonical(Lexeme lexeme) {
            if (lexeme.kind() == Lexeme.Kind.COVERAGE) {
                return "24x7";
            }
            if (lexeme.kind() == Lexeme.Kind.ID && previous != null && sameLine(previous, lexeme)) {
                String[] forms = UNITS.get(lexeme.text());
                Lexeme number = previous.text().equals("business") ? before(previous) : previous;
                if (forms != null && number != null && number.kind() == Lexeme.Kind.NUMBER) {
                    boolean one = new java.math.BigDecimal(number.text()).compareTo(java.math.BigDecimal.ONE) == 0;
                    return one ? forms[0] : forms[1];
                }
            }
            return lexeme.text();
        }

        private Lexeme before(Lexeme lexeme) {
            int i = lexemes.indexOf(lexeme);
            return i > 0 ? lexemes.get(i - 1) : null;
        }

        private void append(Lexeme lexeme, String text) {
            if (line.length() > 0 && previous != null && !sameLine(previous, lexeme)) {
                flush();
            }
            if (line.length() == 0) {
                startLine(lexeme);
            } else if (needsSpace(previous, lexeme)) {
                line.append(' ');
            }
            line.append(text);
        }

        private static boolean needsSpace(Lexeme before, Lexeme next) {
            if (before == null || before.kind() == Lexeme.Kind.OPEN_PAREN) {
                return false;
            }
            Lexeme.Kind k = next.kind();
            return k != Lexeme.Kind.CLOSE_PAREN && k != Lexeme.Kind.COMMA && k != Lexeme.Kind.COLON;
        }

        /** Begins an output line for a token, keeping one blank line where the original had any. */
        private void startLine(Lexeme lexeme) {
            int originalLine = source.lines().lineOf(lexeme.span().start());
            if (lastOriginalLine >= 0 && originalLine > lastOriginalLine + 1 && out.length() > 0
                    && !endsWithOpenBrace() && lexeme.kind() != Lexeme.Kind.CLOSE_BRACE) {
                out.append(newline);
            }
            lineOriginalIndent = indentColumn(source.lines().lineStart(originalLine));
            line.append(" ".repeat(depth * 4));
            lastOriginalLine = originalLine;
        }

        private boolean endsWithOpenBrace() {
            int i = out.length() - 1;
            while (i >= 0 && (out.charAt(i) == '\n' || out.charAt(i) == '\r')) {
                i--;
            }
            return i >= 0 && out.charAt(i) == '{';
        }

        /** The first prose line joins its header; later lines keep their indentation relative to it. */
        private void prose(Lexeme lexeme) {
            String text = lexeme.text();
            String[] lines = text.split("\r\n|\r|\n", -1);
            if (line.length() == 0) {
                startLine(lexeme);
            }
            int headerIndent = depth * 4;
            int originalHeaderIndent = lineOriginalIndent;
            boolean firstOnHeaderLine = sameLine(previous, lexeme);
            int from = 0;
            if (firstOnHeaderLine) {
                line.append(' ').append(stripTrailing(lines[0]));
                from = 1;
            }
            flush();
            int firstProseLine = source.lines().lineOf(lexeme.span().start());
            for (int i = from; i < lines.length; i++) {
                String raw = lines[i];
                if (raw.isBlank()) {
                    out.append(newline);
                    continue;
                }
                int originalIndent = i == 0 ? indentColumn(source.lines().lineStart(firstProseLine)) : indentColumn(raw);
                int indent = Math.max(headerIndent + 1, originalIndent - originalHeaderIndent + headerIndent);
                out.append(" ".repeat(indent)).append(stripTrailing(raw.stripLeading())).append(newline);
            }
            lastOriginalLine = source.lines().lineOf(lexeme.span().end());
        }

        private boolean sameLine(Lexeme a, Lexeme b) {
            return a != null && source.lines().lineOf(a.span().end()) == source.lines().lineOf(b.span().start());
        }

        private void flush() {
            if (line.length() > 0) {
                out.append(stripTrailing(line.toString())).append(newline);
                line.setLength(0);
            }
        }

        private int indentColumn(int lineStart) {
            String text = source.text();
            int end = lineStart;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return indentColumn(text.substring(lineStart, end));
        }

        private static int indentColumn(String lineText) {
            int column = 0;
            for (int i = 0; i < lineText.length(); i++) {
                char c = lineText.charAt(i);
                if (c == '\t') {
                    column = (column / 4 + 1) * 4;
                } else if (c == ' ' || Character.isSpaceChar(c)) {
                    column++;
                } else {
                    break;
                }
            }
            return column;
        }

        private static String stripTrailing(String s) {
            int end = s.length();
            while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
                end--;
            }
            return s.substring(0, end);
        }
    }
}
