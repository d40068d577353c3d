package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.grammar.CspecLexer;
import cspec.grammar.CspecParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Recovery by whole lines, which is how contract authors think of their mistakes: a bad line
 * is skipped (with its block), prose that lost its indentation is reported once with a fix,
 * and a comment that cut prose short is reported instead of the text after it.
 */
final class LineRecovery {
    private final SourceText source;
    private final Offsets offsets;
    private final List<Diagnostic> out;
    private final java.util.Set<Integer> textBelowEmptyProse;

    LineRecovery(SourceText source, Offsets offsets, List<Diagnostic> out, java.util.Set<Integer> textBelowEmptyProse) {
        this.source = source;
        this.offsets = offsets;
        this.out = out;
        this.textBelowEmptyProse = textBelowEmptyProse;
    }

    /**
     * Lines right after prose that start with a word that cannot start an item are prose that
     * lost its indentation: one diagnostic for the run of such lines, with a fix indenting each.
     */
    boolean skipUnindentedProse(Parser recognizer, IntervalSet expected) {
        TokenStream tokens = recognizer.getInputStream();
        Token previous = tokens.LT(-1);
        Token first = tokens.LT(1);
        if (previous == null || previous.getType() != CspecLexer.PROSE || first.getType() == CspecLexer.RBRACE) {
            return false;
        }
        int proseEndLine = source.lines().lineOf(offsets.of(previous).end());
        int firstLine = source.lines().lineOf(offsets.of(first).start());
        if (!startsLine(first)) {
            return false;
        }
        Token opener = tokens.LT(-2);
        int headerLine = source.lines().lineOf(offsets.of(opener == null ? previous : opener).start());
        String indent = continuationIndent(previous);
        List<Integer> commentLines = commentLinesBetween(proseEndLine, firstLine);
        if (commentLines == null) {
            return false;
        }
        if (!commentLines.isEmpty() && indentColumn(firstLine) > indentColumn(headerLine)) {
            return commentEndedProse(recognizer, commentLines, headerLine, indent);
        }
        if (firstLine > proseEndLine + 2) {
            return false;
        }
        List<TextEdit> edits = new ArrayList<>();
        int lastEnd = offsets.of(first).end();
        int line = firstLine;
        while (true) {
            edits.add(TextEdit.insert(source.lines().lineStart(line), indent));
            while (tokens.LA(1) != Token.EOF && source.lines().lineOf(offsets.of(tokens.LT(1)).start()) <= line) {
                lastEnd = Math.max(lastEnd, offsets.of(tokens.LT(1)).end());
                recognizer.consume();
            }
            Token next = tokens.LT(1);
            int nextLine = source.lines().lineOf(offsets.of(next).start());
            if (next.getType() == Token.EOF || expected.contains(next.getType()) || nextLine != line + 1
                    || next.getType() == CspecLexer.RBRACE) {
                break;
            }
            line = nextLine;
        }
        Span span = new Span(offsets.of(first).start(), lastEnd);
        boolean safe = !pulledIntoTheText(tokens.LT(1), headerLine);
        if (previous.getStopIndex() < previous.getStartIndex()) {
            textBelowEmptyProse.add(previous.getTokenIndex());
            out.add(Diagnostic.of(Rule.SYNTAX, span, "This is the text of the item on line " + (headerLine + 1)
                    + ", but text must be indented deeper than the line that opens it: indent it.")
                    .withFix(new Fix("Indent the text", edits, safe)));
            return true;
        }
        out.add(Diagnostic.of(Rule.SYNTAX, span, "This reads as prose but is not indented deeper than the line that "
                + "opens the text (line " + (headerLine + 1) + "), so it is not part of it: indent it to continue that text.")
                .withFix(new Fix("Indent to continue the text above", edits, safe)));
        return true;
    }

    /**
     * Whether indenting the run would also pull the item after it into the text: once the gap
     * is indented, every later line indented deeper than the opening line continues the prose.
     * Such a fix changes more than it shows, so it is offered but never applied unasked
     * (fix-all once turned a requirement below into words of the text above).
     */
    private boolean pulledIntoTheText(Token next, int headerLine) {
        return next != null && next.getType() != Token.EOF && next.getType() != CspecLexer.RBRACE
                && indentColumn(lineOf(next)) > indentColumn(headerLine);
    }

    /**
     * A comment line not indented deeper than the text's opening line ends the text, so the
     * indented lines after it are cut off: the comment is the mistake, and indenting it is the fix.
     */
    private boolean commentEndedProse(Parser recognizer, List<Integer> commentLines, int headerLine, String indent) {
        TokenStream tokens = recognizer.getInputStream();
        int headerIndent = indentColumn(headerLine);
        while (tokens.LA(1) != Token.EOF && tokens.LA(1) != CspecLexer.RBRACE) {
            Token t = tokens.LT(1);
            if (startsLine(t) && indentColumn(source.lines().lineOf(offsets.of(t).start())) <= headerIndent) {
                break;
            }
            recognizer.consume();
        }
        List<TextEdit> edits = new ArrayList<>();
        for (int line : commentLines) {
            int start = source.lines().lineStart(line);
            int k = start;
            while (k < source.length() && (source.text().charAt(k) == ' ' || source.text().charAt(k) == '\t')) {
                k++;
            }
            edits.add(new TextEdit(new Span(start, k), indent));
        }
        int first = commentLines.get(0);
        int start = source.lines().lineStart(first);
        while (start < source.length() && (source.text().charAt(start) == ' ' || source.text().charAt(start) == '\t')) {
            start++;
        }
        Span span = new Span(start, source.lines().lineEnd(first, source.text()));
        out.add(Diagnostic.of(Rule.SYNTAX, span, "This comment is not indented deeper than the line that opens the text "
                + "(line " + (headerLine + 1) + "), so it ends that text and the indented lines after it are left out: "
                + "indent the comment under the text.")
                .withFix(new Fix("Indent the comment", edits, true)));
        return true;
    }

    /** The comment lines between two lines; null when anything else but blanks stands there. */
    private List<Integer> commentLinesBetween(int after, int before) {
        List<Integer> lines = new ArrayList<>();
        for (int line = after + 1; line < before; line++) {
            String text = source.text().substring(source.lines().lineStart(line), source.lines().lineEnd(line, source.text())).strip();
            if (text.startsWith("//")) {
                lines.add(line);
            } else if (!text.isEmpty()) {
                return null;
            }
        }
        return lines;
    }

    private int indentColumn(int line) {
        int column = 0;
        String text = source.text();
        for (int k = source.lines().lineStart(line); k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\t') {
                column = (column / 4 + 1) * 4;
            } else if (c == ' ' || (Character.isSpaceChar(c) && c != '\n')) {
                column++;
            } else {
                break;
            }
        }
        return column;
    }

    /**
     * A modality alone on its line (`must`, then the next block) is a requirement begun and left.
     * Keywords are not reserved, so the parser would read the next line's keyword as the
     * requirement's ID and lose that line; instead the modality is reported and the next line is
     * left to parse as what it is. A header continued on the next line (`must` then
     * `MON-1: ...`) is not bare.
     */
    boolean bareModality(Parser recognizer) {
        if (!(recognizer.getContext() instanceof CspecParser.RequirementContext)) {
            return false;
        }
        TokenStream tokens = recognizer.getInputStream();
        Token modality = tokens.LT(-1);
        Token next = tokens.LT(1);
        if (modality == null || !MODALITIES.contains(modality.getType()) || lineOf(next) == lineOf(modality)
                || continuesHeader(next) || continuesHeader(tokens.LT(2))) {
            return false;
        }
        String word = Vocabulary.KEYWORDS.get(modality.getType());
        out.add(Diagnostic.of(Rule.SYNTAX, offsets.of(modality), "`" + word + "` alone on its line starts no "
                + "requirement: write its ID, `:` and its text after it, as in `" + word + " MON-1: The Provider "
                + word + " ...`, or delete it."));
        return true;
    }

    private static final java.util.Set<Integer> MODALITIES =
            java.util.Set.of(CspecLexer.MUST, CspecLexer.SHOULD, CspecLexer.MAY, CspecLexer.WILL);

    private static boolean continuesHeader(Token token) {
        return token != null && (token.getType() == CspecLexer.COLON || token.getType() == CspecLexer.LPAREN);
    }

    /** A loop over the items of a block or the file, where a bad line can be skipped as a whole. */
    static boolean atItemLoop(Parser recognizer, IntervalSet expected) {
        int stateType = recognizer.getInterpreter().atn.states.get(recognizer.getState()).getStateType();
        boolean loop = stateType == ATNState.STAR_LOOP_ENTRY || stateType == ATNState.STAR_LOOP_BACK;
        return loop && (expected.contains(CspecLexer.RBRACE) || expected.contains(Token.EOF));
    }

    /**
     * Skips the offending line (with its prose, and with the whole block when the line opens
     * one) and any bad lines right after it, reporting the run once, so the items around it are
     * still parsed inside the right block.
     */
    void skipLines(Parser recognizer, IntervalSet expected) {
        TokenStream tokens = recognizer.getInputStream();
        Token first = tokens.LT(1);
        int firstLine = lineOf(first);
        int lastEnd = offsets.of(first).end();
        int depth = 0;
        int line = firstLine;
        while (tokens.LA(1) != Token.EOF) {
            Token t = tokens.LT(1);
            boolean sameLine = lineOf(t) == line;
            if (!sameLine && depth == 0) {
                if (expected.contains(t.getType()) || lineOf(t) != line + 1) {
                    break;
                }
                line = lineOf(t);
            }
            if (t.getType() == CspecLexer.LBRACE) {
                depth++;
            } else if (t.getType() == CspecLexer.RBRACE && t != first) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            if (depth == 0) {
                lastEnd = Math.max(lastEnd, offsets.of(t).end());
            }
            recognizer.consume();
            if (t.getType() == CspecLexer.COLON && tokens.LA(1) == CspecLexer.PROSE) {
                recognizer.consume();
            }
            if (depth > 0 || (t.getType() == CspecLexer.RBRACE && t != first)) {
                line = lineOf(t);
            }
        }
        Span span = new Span(offsets.of(first).start(), lastEnd);
        if (!alreadyReportedOnLine(firstLine)) {
            out.add(Diagnostic.of(Rule.SYNTAX, span, "Expected " + Vocabulary.expected(expected) + " here, found "
                    + Vocabulary.found(first) + "."));
        }
    }

    boolean alreadyReportedOnLine(int line) {
        for (Diagnostic d : out) {
            if (d.rule() == Rule.SYNTAX && source.lines().lineOf(d.span().start()) == line) {
                return true;
            }
        }
        return false;
    }

    private int lineOf(Token token) {
        if (token.getType() == Token.EOF) {
            return Integer.MAX_VALUE;
        }
        return source.lines().lineOf(offsets.of(token).start());
    }

    private boolean startsLine(Token token) {
        String text = source.text();
        int i = offsets.of(token).start() - 1;
        while (i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
            i--;
        }
        return true;
    }

    /** The indentation of the prose's last line when it has continuation lines, else the opening line's plus four. */
    private String continuationIndent(Token prose) {
        Span span = offsets.of(prose);
        String text = source.text();
        int lastLine = source.lines().lineOf(span.end());
        int firstLine = source.lines().lineOf(span.start());
        int lineStart = source.lines().lineStart(lastLine);
        int k = lineStart;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        String indent = text.substring(lineStart, k);
        return lastLine > firstLine ? indent : indent + "    ";
    }

}
