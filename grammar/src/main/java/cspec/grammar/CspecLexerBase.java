package cspec.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer code that ANTLR's lexer modes cannot express: reading prose by indentation.
 *
 * <p>After ':' (or 'means' after a term string inside a definitions block) the prose is the rest
 * of that line plus every following line that is blank or indented deeper than the first
 * non-blank character of the line holding the ':'. It ends before the first non-blank line that
 * is not indented deeper and before any line whose first non-blank character is '}'. Trailing
 * blank lines are not part of it. The whole region becomes one PROSE token spanning its first to
 * its last non-blank character (an empty token where the prose is missing); comment lines inside
 * it are found later by the syntax tree builder.
 */
public abstract class CspecLexerBase extends Lexer {
    private static final int TAB_WIDTH = 4;

    private Text text;
    private boolean proseNext;
    private int lastDefaultType = Token.INVALID_TYPE;
    private boolean lineHasContent;
    /** Blanks and line breaks skipped since the last token. */
    private int blanksSkipped;
    /** One entry per open brace: true when it opened a definitions block. */
    private final Deque<Boolean> blocks = new ArrayDeque<>();

    protected CspecLexerBase(CharStream input) {
        super(input);
        setTokenFactory(CspecToken.FACTORY);
    }

    @Override
    public Token nextToken() {
        if (proseNext) {
            proseNext = false;
            CspecToken prose = readProse();
            prose.setBlanksBefore(blanksSkipped);
            blanksSkipped = 0;
            lineHasContent = true;
            lastDefaultType = prose.getType();
            return prose;
        }
        if (stepsOverBlanks()) {
            skipAsciiBlanks();
        }
        CspecToken token = (CspecToken) super.nextToken();
        token.setBlanksBefore(blanksSkipped);
        blanksSkipped = 0;
        int type = token.getType();
        if (type == CspecLexer.COMMENT && lineHasContent) {
            token.setType(CspecLexer.STRAY_COMMENT);
            token.setChannel(Token.DEFAULT_CHANNEL);
            type = CspecLexer.STRAY_COMMENT;
        }
        if (type != Token.EOF) {
            lineHasContent = true;
        }
        if (token.getChannel() == Token.DEFAULT_CHANNEL && type != Token.EOF) {
            track(token);
        }
        return token;
    }

    /**
     * Whether line breaks and runs of spaces and tabs are stepped over here (always, but for a test
     * that compares the tokens with those ANTLR's automaton makes when it reads them itself).
     */
    protected boolean stepsOverBlanks() {
        return true;
    }

    /**
     * Line breaks and runs of spaces and tabs, read here instead of by ANTLR's lexer automaton:
     * they are nearly half of the tokens, and the automaton's general path (match, accept, the skip
     * action) cost more than the rest of the lexing. Each is counted as the WS or NEWLINE token
     * ANTLR would have matched and skipped, and the line and column move as ANTLR moves them (only
     * '\n' starts a line). A run of blanks followed by a character outside ASCII is left to ANTLR,
     * whose WS rule knows which of those are blanks and would make the run one token with it.
     */
    private void skipAsciiBlanks() {
        Text t = text();
        int start = _input.index();
        int i = start;
        int line = getLine();
        int column = getCharPositionInLine();
        while (i < t.length()) {
            int c = t.at(i);
            if (c == '\n' || c == '\r') {
                i++;
                if (c == '\r' && i < t.length() && t.at(i) == '\n') {
                    i++; // '\r\n' is one NEWLINE
                    c = '\n';
                }
                if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
                lineHasContent = false;
            } else if (c == ' ' || c == '\t') {
                int end = i + 1;
                while (end < t.length() && (t.at(end) == ' ' || t.at(end) == '\t')) {
                    end++;
                }
                if (end < t.length() && t.at(end) >= 0x80) {
                    break;
                }
                column += end - i;
                i = end;
            } else {
                break;
            }
            blanksSkipped++;
        }
        if (i != start) {
            _input.seek(i);
            getInterpreter().setLine(line);
            getInterpreter().setCharPositionInLine(column);
        }
    }

    /** A blank or a line break (the grammar skips both): counted, and a line break starts a line with no content yet. */
    @Override
    public void skip() {
        blanksSkipped++;
        if (isLineBreak(text().at(_tokenStartCharIndex))) {
            lineHasContent = false;
        }
        super.skip();
    }

    private void track(Token token) {
        int type = token.getType();
        if (type == CspecLexer.LBRACE) {
            blocks.push(lastDefaultType == CspecLexer.DEFINITIONS);
        } else if (type == CspecLexer.RBRACE) {
            blocks.poll();
        } else if (type == CspecLexer.COLON) {
            proseNext = true;
        } else if (type == CspecLexer.MEANS && lastDefaultType == CspecLexer.STRING
                && Boolean.TRUE.equals(blocks.peek())) {
            proseNext = true;
        }
        lastDefaultType = type;
    }

    private Text text() {
        if (text == null) {
            CharStream input = getInputStream();
            if (input instanceof TextCharStream whole) {
                text = new Text(whole.text(), null);
            } else {
                text = Text.of(input.size() == 0 ? "" : input.getText(Interval.of(0, input.size() - 1)));
            }
        }
        return text;
    }

    /**
     * The input by code point, as ANTLR indexes it. Read from the string itself when every char is
     * a code point (no surrogate pair): copying each file into an int[] (four bytes a character)
     * was about 5 % of a parse's time and a third of what lexing allocated (docs/benchmarks.md,
     * issue 13 round 7).
     */
    private static final class Text {
        private final String chars;
        /** The code points, only for text with surrogate pairs; null otherwise. */
        private final int[] points;
        private final int length;
        /** Whether a line may end at '\r' too; when not (and every char is a code point), at '\n' alone. */
        private final boolean carriageReturns;

        private Text(String chars, int[] points) {
            this.chars = chars;
            this.points = points;
            this.length = points == null ? chars.length() : points.length;
            this.carriageReturns = points != null || chars.indexOf('\r') >= 0;
        }

        static Text of(String s) {
            int count = s.codePointCount(0, s.length());
            if (count == s.length()) {
                return new Text(s, null);
            }
            int[] points = new int[count];
            int at = 0;
            for (int i = 0; i < count; i++) {
                int point = s.codePointAt(at);
                points[i] = point;
                at += Character.charCount(point);
            }
            return new Text(s, points);
        }

        int at(int index) {
            return points == null ? chars.charAt(index) : points[index];
        }

        int length() {
            return length;
        }

        /** The index of the first line break at or after from, or the length. */
        int lineEnd(int from) {
            if (!carriageReturns) { // String.indexOf searches many characters at a time
                int newline = chars.indexOf('\n', from);
                return newline < 0 ? length : newline;
            }
            int i = from;
            while (i < length && !isLineBreak(at(i))) {
                i++;
            }
            return i;
        }
    }

    private CspecToken readProse() {
        Text t = text();
        int from = _input.index();
        int headerIndent = indentOf(lineStartBefore(t, from), t);
        int headerLine = getLine();
        int headerColumn = getCharPositionInLine();

        // Lines are counted as they are read, each line break ('\n', '\r\n' or a lone '\r') one:
        // where the prose starts and ends is known without reading its characters again. ANTLR's
        // own count, outside prose, starts a line only at '\n', so after a lone '\r' the tokens'
        // line numbers disagree; findings are placed by offset, never by those numbers.
        int i = from;
        int lineNumber = headerLine;
        // The rest of the header line, '}' included.
        int eol = t.lineEnd(i);
        int first = firstNonBlank(t, i, eol);
        int last = first >= 0 ? lastNonBlank(t, first, eol) : -1;
        // For the lines holding the first and the last character: the line's number, and the index
        // that is column 0 on it (on the header line, where the lexer's column counts from).
        int firstLine = headerLine;
        int firstColumnZero = from - headerColumn;
        int lastLine = firstLine;
        int lastColumnZero = firstColumnZero;
        i = nextLineStart(t, eol);
        while (i < t.length()) {
            lineNumber++;
            int end = t.lineEnd(i);
            int firstChar = firstNonBlank(t, i, end);
            if (firstChar >= 0) {
                if (t.at(firstChar) == '}' || indentOf(i, t) <= headerIndent) {
                    break;
                }
                if (first < 0) {
                    first = firstChar;
                    firstLine = lineNumber;
                    firstColumnZero = i;
                }
                last = lastNonBlank(t, firstChar, end);
                lastLine = lineNumber;
                lastColumnZero = i;
            }
            if (end >= t.length()) {
                break;
            }
            i = nextLineStart(t, end);
        }
        int start = first >= 0 ? first : from;
        int stop = first >= 0 ? last : from - 1;
        int resume = first >= 0 ? last + 1 : from;
        CspecToken prose = CspecToken.FACTORY.create(_tokenFactorySourcePair, CspecLexer.PROSE, null,
                Token.DEFAULT_CHANNEL, start, stop, firstLine, start - firstColumnZero);
        _input.seek(resume);
        getInterpreter().setLine(lastLine);
        getInterpreter().setCharPositionInLine(resume - lastColumnZero);
        return prose;
    }

    private static boolean isBlank(int c) {
        if (c < 0x80) {
            return c == ' ' || c == '\t'; // the only ASCII space separator is the space itself
        }
        return c == '\u00A0' || c == '\uFEFF' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    private static int nextLineStart(Text t, int eol) {
        if (eol < t.length() && t.at(eol) == '\r' && eol + 1 < t.length() && t.at(eol + 1) == '\n') {
            return eol + 2;
        }
        return Math.min(t.length(), eol + 1);
    }

    private static int lineStartBefore(Text t, int index) {
        int i = Math.min(index, t.length());
        while (i > 0 && !isLineBreak(t.at(i - 1))) {
            i--;
        }
        return i;
    }

    private static int firstNonBlank(Text t, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!isBlank(t.at(k))) {
                return k;
            }
        }
        return -1;
    }

    private static int lastNonBlank(Text t, int from, int end) {
        for (int k = end - 1; k >= from; k--) {
            if (!isBlank(t.at(k))) {
                return k;
            }
        }
        return from;
    }

    /** The column of a line's first non-blank character: tabs advance to the next multiple of 4. */
    static int indentOf(int lineStart, Text t) {
        int column = 0;
        for (int k = lineStart; k < t.length() && !isLineBreak(t.at(k)); k++) {
            if (t.at(k) == '\t') {
                column = (column / TAB_WIDTH + 1) * TAB_WIDTH;
            } else if (isBlank(t.at(k))) {
                column++;
            } else {
                return column;
            }
        }
        return column;
    }
}
