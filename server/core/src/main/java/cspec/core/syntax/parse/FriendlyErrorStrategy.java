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
import org.antlr.v4.runtime.WritableToken;
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

    private final LineRecovery lines;
    private final UnclosedBlocks unclosed;

    /** textBelowEmptyProse collects the PROSE tokens (by index) whose text was found unindented below them. */
    FriendlyErrorStrategy(SourceText source, Offsets offsets, List<Diagnostic> out, java.util.Set<Integer> textBelowEmptyProse) {
        this.source = source;
        this.offsets = offsets;
        this.out = out;
        this.lines = new LineRecovery(source, offsets, out, textBelowEmptyProse);
        this.unclosed = new UnclosedBlocks(source, offsets);
    }

    @Override
    public void sync(Parser recognizer) {
        if (!inErrorRecoveryMode(recognizer) && lines.bareModality(recognizer)) {
            // Reported already; leaving the requirement here lets the next line parse as its own item.
            beginErrorCondition(recognizer);
            throw new InputMismatchException(recognizer);
        }
        if (!inErrorRecoveryMode(recognizer)) {
            Token t = recognizer.getCurrentToken();
            IntervalSet expected = recognizer.getExpectedTokens();
            if (!expected.contains(t.getType()) && t.getType() != Token.EOF) {
                if (correctKeyword(t, expected) || lines.skipUnindentedProse(recognizer, expected)) {
                    return;
                }
                if (LineRecovery.atItemLoop(recognizer, expected)) {
                    lines.skipLines(recognizer, expected);
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
            out.add(unclosed.unclosedBlock(recognizer, offending));
            return;
        }
        Span span = offending.getType() == Token.EOF ? Span.at(source.length()) : offsets.of(offending);
        if (offending.getType() != Token.EOF && lines.alreadyReportedOnLine(source.lines().lineOf(span.start()))) {
            return; // the rest of a line that already has its diagnostic is that mistake's consequence
        }
        String message = "Expected " + Vocabulary.expected(expected) + " here, found " + Vocabulary.found(offending) + ".";
        if (expected.contains(CspecLexer.REF) && !expected.contains(CspecLexer.WEIGHT)) {
            message = "Background text is neither scored nor dated, so it takes only the source's numbering, as in "
                    + "`background (ref \"1.2\"): ...`; found " + Vocabulary.found(offending) + ".";
        }
        if (offending.getType() == CspecLexer.COLON && expected.contains(CspecLexer.STRING)) {
            message = "Expected a quoted title here, found `:`; write the title in quotes before the `:`.";
        }
        out.add(Diagnostic.of(Rule.SYNTAX, span, message));
    }

}
