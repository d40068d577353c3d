package cspec.core.syntax.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cspec.grammar.CspecLexer;
import cspec.grammar.CspecParser;
import cspec.grammar.TextCharStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast parse reads VisibleTokens where it read ANTLR's CommonTokenStream: over every
 * repository contract and fixture, both answer every look-ahead and look-behind with the same
 * token, and the fast parse builds the same parse tree (or gives up) over either.
 */
class VisibleTokensTest {
    @ParameterizedTest
    @MethodSource("cspec.core.RepoFiles#contractsAndFixtures")
    void bothStreamsAnswerAlikeAndTheFastParseBuildsTheSameTree(Path file) throws IOException {
        String text = Files.readString(file);
        List<Token> all = lex(text);
        TokenStream antlr = new CommonTokenStream(new ListTokenSource(visible(all)));
        TokenStream ours = new VisibleTokens(all);
        while (true) {
            for (int k = -3; k <= 3; k++) {
                assertSame(antlr.LT(k), ours.LT(k), file + " at " + antlr.index() + ", LT(" + k + ")");
            }
            assertEquals(antlr.index(), ours.index());
            if (antlr.LA(1) == Token.EOF) {
                break;
            }
            antlr.consume();
            ours.consume();
        }
        assertEquals(antlr.size(), ours.size());
        assertEquals(tree(new CommonTokenStream(new ListTokenSource(visible(all)))), tree(new VisibleTokens(all)), file.toString());
    }

    private static String tree(TokenStream tokens) {
        CspecParser parser = new CspecParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.file().toStringTree(parser) + " then " + parser.getCurrentToken().getTokenIndex();
        } catch (ParseCancellationException e) {
            return "gave up at " + parser.getCurrentToken().getTokenIndex();
        }
    }

    private static List<Token> lex(String text) {
        CspecLexer lexer = new CspecLexer(TextCharStream.of(text, "f"));
        lexer.removeErrorListeners();
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            out.add(t);
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }

    private static List<Token> visible(List<Token> all) {
        return all.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList();
    }
}
