package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.core.text.Similarity;
import cspec.grammar.CspecLexer;
import cspec.grammar.CspecParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery with messages in the language's own words, plus two recoveries that make one
 * mistake cost one diagnostic: a misspelt keyword is reported with a did-you-mean and then read
 * as the keyword, and prose lines pasted without enough indentation are reported once, with a
 * fix that indents them, and skipped.
 */
final class FriendlyErrorStrategy extends DefaultErrorStrategy {
    private final SourceText source;
    private final Offsets offsets;
    private final List<Diagnostic> out;

    private final java.util.Set<Integer> textBelowEmptyProse;

    /** textBelowEmptyProse collects the PROSE tokens (by index) whose text was found unindented below them. */
    FriendlyErrorStrategy(SourceText source, Offsets offsets, List<Diagnostic> out, java.util.Set<Integer> textBelowEmptyProse) {
        this.source = source;
        this.offsets = offsets;
        this.out = out;
        this.textBelowEmptyProse = textBelowEmptyProse;
    }

    @Override
    public void sync(Parser recognizer) {
        if (!inErrorRecoveryMode(recognizer)) {
            Token t = recognizer.getCurrentToken();
            IntervalSet expected = recognizer.getExpectedTokens();
            if (!expected.contains(t.getType()) && t.getType() != Token.EOF) {
                if (correctKeyword(t, expected) || skipUnindentedProse(recognizer, expected)) {
                    return;
                }
                if (atItemLoop(recognizer, expected)) {
                    skipLines(recognizer, expected);
                    return;
                }
            }
        }
        super.sync(recognizer);
    }

    @Override
    public Token recoverInline(Parser recognizer) throws RecognitionException {
        Token t = recognizer.getCurrentToken();
        if (!inErrorRecoveryMode(recognizer) && correctKeyword(t, recognizer.getExpectedTokens())) {
            return t;
        }
        return super.recoverInline(recognizer);
    }

    /** An ID one or two edits from a keyword that fits here is that keyword, misspelt. */
    private boolean correctKeyword(Token t, IntervalSet expected) {
        if (t.getType() != CspecLexer.ID && !Vocabulary.KEYWORDS.containsKey(t.getType())) {
            return false;
        }
        List<String> candidates = new ArrayList<>();
        for (int type : expected.toList()) {
            String word = Vocabulary.KEYWORDS.get(type);
            if (word != null) {
                candidates.add(word);
            }
        }
        String word = t.getText();
        String match = Similarity.closest(word, candidates).orElse(null);
        if (match == null || word.length() < 3) {
            return false;
        }
        Span span = offsets.of(t);
        out.add(Diagnostic.of(Rule.SYNTAX, span, "`" + word + "` is not a keyword here: did you mean `" + match + "`?")
                .withFix(Fix.safe("Change to `" + match + "`", new TextEdit(span, match))));
        for (Map.Entry<Integer, String> keyword : Vocabulary.KEYWORDS.entrySet()) {
            if (keyword.getValue().equals(match)) {
                ((WritableToken) t).setType(keyword.getKey());
            }
        }
        return true;
    }

    /**
     * Lines right after prose that start with a word that cannot start an item are prose that
     * lost its indentation: one diagnostic for the run of such lines, with a fix indenting each.
     */
    private boolean skipUnindentedProse(Parser recognizer, IntervalSet expected) {
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
        if (previous.getStopIndex() < previous.getStartIndex()) {
            textBelowEmptyProse.add(previous.getTokenIndex());
            out.add(Diagnostic.of(Rule.SYNTAX, span, "This is the text of the item on line " + (headerLine + 1)
                    + ", but text must be indented deeper than the line that opens it: indent it.")
                    .withFix(new Fix("Indent the text", edits, true)));
            return true;
        }
        out.add(Diagnostic.of(Rule.SYNTAX, span, "This reads as prose but is not indented deeper than the line that "
                + "opens the text (line " + (headerLine + 1) + "), so it is not part of it: indent it to continue that text.")
                .withFix(new Fix("Indent to continue the text above", edits, true)));
        return true;
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

    /** A loop over the items of a block or the file, where a bad line can be skipped as a whole. */
    private static boolean atItemLoop(Parser recognizer, IntervalSet expected) {
        int stateType = recognizer.getInterpreter().atn.states.get(recognizer.getState()).getStateType();
        boolean loop = stateType == ATNState.STAR_LOOP_ENTRY || stateType == ATNState.STAR_LOOP_BACK;
        return loop && (expected.contains(CspecLexer.RBRACE) || expected.contains(Token.EOF));
    }

    /**
     * Skips the offending line (with its prose, and with the whole block when the line opens
     * one) and any bad lines right after it, reporting the run once, so the items around it are
     * still parsed inside the right block.
     */
    private void skipLines(Parser recognizer, IntervalSet expected) {
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

    private boolean alreadyReportedOnLine(int line) {
        for (Diagnostic d : out) {
            if (d.ruleId().equals(Rule.SYNTAX.id()) && source.lines().lineOf(d.span().start()) == line) {
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

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        report(recognizer, e.getOffendingToken(), recognizer.getExpectedTokens());
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        report(recognizer, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (e instanceof NoViableAltException nva) {
            reportNoViableAlternative(recognizer, nva);
        } else if (e instanceof InputMismatchException mismatch) {
            reportInputMismatch(recognizer, mismatch);
        } else {
            report(recognizer, e.getOffendingToken(), e.getExpectedTokens());
        }
    }

    private void report(Parser recognizer, Token offending, IntervalSet expected) {
        if (offending.getType() == Token.EOF && expected.contains(CspecLexer.RBRACE)) {
            out.add(unclosedBlock(recognizer, offending));
            return;
        }
        Span span = offending.getType() == Token.EOF ? Span.at(source.length()) : offsets.of(offending);
        if (offending.getType() != Token.EOF && alreadyReportedOnLine(source.lines().lineOf(span.start()))) {
            return; // the rest of a line that already has its diagnostic is that mistake's consequence
        }
        String message = "Expected " + Vocabulary.expected(expected) + " here, found " + Vocabulary.found(offending) + ".";
        if (offending.getType() == CspecLexer.COLON && expected.contains(CspecLexer.STRING)) {
            message = "Expected a quoted title here, found `:`; write the title in quotes before the `:`.";
        }
        out.add(Diagnostic.of(Rule.SYNTAX, span, message));
    }

    /**
     * A block still open at the end of the file. When some prose in it ends with '}', that brace
     * is prose (prose runs to the end of its line): point there, since that is the real mistake.
     */
    private Diagnostic unclosedBlock(Parser recognizer, Token eof) {
        TokenStream tokens = recognizer.getInputStream();
        ParserRuleContext open = innermostBlock(recognizer.getContext());
        int from = open == null ? 0 : open.getStart().getTokenIndex();
        for (int i = Math.max(0, from); i < eof.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == CspecLexer.PROSE && t.getText().endsWith("}")) {
                Span prose = offsets.of(t);
                Span brace = new Span(prose.end() - 1, prose.end());
                int cut = brace.start();
                while (cut > prose.start() && source.text().charAt(cut - 1) == ' ') {
                    cut--;
                }
                String newline = source.text().contains("\r\n") ? "\r\n" : "\n";
                return Diagnostic.of(Rule.SYNTAX, brace, "This `}` is part of the text, because prose runs to the end "
                        + "of its line, so " + describe(open) + " is still open: put `}` on a line of its own.")
                        .withFix(Fix.safe("Move `}` to its own line",
                                new TextEdit(new Span(cut, brace.end()), newline + indentOfLine(prose.start()) + "}")));
            }
        }
        String what = describe(open);
        return Diagnostic.of(Rule.SYNTAX, Span.at(source.length()), Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + " is still open at the end of the file: add the missing `}`.")
                .withFix(Fix.onRequest("Add `}` at the end", TextEdit.insert(source.length(), "}")));
    }

    /** The innermost block rule (section, SLA, definitions, header, profile, library) still open. */
    private static ParserRuleContext innermostBlock(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof CspecParser.SectionContext || c instanceof CspecParser.SlaContext
                    || c instanceof CspecParser.DefinitionsContext || c instanceof CspecParser.ContractContext
                    || c instanceof CspecParser.ProfileContext || c instanceof CspecParser.LibraryContext) {
                return c;
            }
        }
        return null;
    }

    private String describe(ParserRuleContext block) {
        if (block == null) {
            return "a block";
        }
        int line = source.lines().lineOf(offsets.of(block.getStart()).start()) + 1;
        String where = " (opened on line " + line + ")";
        if (block instanceof CspecParser.SectionContext s && s.id() != null) {
            return "section `" + s.id().getText() + "`" + where;
        }
        if (block instanceof CspecParser.SlaContext s && s.id() != null) {
            return "SLA `" + s.id().getText() + "`" + where;
        }
        if (block instanceof CspecParser.DefinitionsContext) {
            return "the definitions block" + where;
        }
        if (block instanceof CspecParser.ContractContext) {
            return "the contract header" + where;
        }
        return "the " + (block instanceof CspecParser.ProfileContext ? "profile" : "library") + where;
    }

    private String indentOfLine(int offset) {
        int lineStart = source.lines().lineStart(source.lines().lineOf(offset));
        String text = source.text();
        int k = lineStart;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        String indent = text.substring(lineStart, k);
        return indent.length() >= 4 ? indent.substring(4) : "";
    }
}
