package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.core.text.Similarity;
import cspec.grammar.CspecLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
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

    FriendlyErrorStrategy(SourceText source, Offsets offsets, List<Diagnostic> out) {
        this.source = source;
        this.offsets = offsets;
        this.out = out;
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
        if (!startsLine(first) || firstLine > proseEndLine + 2) {
            return false;
        }
        String indent = continuationIndent(previous);
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
        int headerLine = source.lines().lineOf(offsets.of(previous).start()) + 1;
        out.add(Diagnostic.of(Rule.SYNTAX, span, "This reads as prose but is not indented deeper than the line that "
                + "opens the text (line " + headerLine + "), so it is not part of it: indent it to continue that text.")
                .withFix(new Fix("Indent to continue the text above", edits, true)));
        return true;
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
            if (depth == 0 && lineOf(t) == firstLine) {
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
        out.add(Diagnostic.of(Rule.SYNTAX, span, "Expected " + Vocabulary.expected(expected) + " here, found "
                + Vocabulary.found(first) + "."));
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
        for (int i = eof.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getType() == CspecLexer.PROSE && t.getText().endsWith("}")) {
                Span prose = offsets.of(t);
                Span brace = new Span(prose.end() - 1, prose.end());
                return Diagnostic.of(Rule.SYNTAX, brace, "This `}` is part of the text, because prose runs to the end "
                        + "of its line, so the block it should close is still open: put `}` on a line of its own.")
                        .withFix(Fix.safe("Move `}` to its own line",
                                new TextEdit(brace, "\n" + indentOfLine(prose.start()) + "}")));
            }
            if (t.getType() == CspecLexer.RBRACE) {
                break;
            }
        }
        return Diagnostic.of(Rule.SYNTAX, Span.at(source.length()),
                "A block is still open at the end of the file: add the missing `}`.");
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
