package cspec.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token that knows how many blank and line-break tokens stood before it. The lexer skips
 * blanks and line breaks (nearly half of a file's tokens once); the parse reads none of them, and
 * the one reader that counted them, the look-back from a block's '{' to its keyword, reads this
 * number instead, so it looks exactly as far back as it did when they were tokens.
 */
public final class CspecToken extends CommonToken {
    /** Makes the lexer's tokens, as ANTLR's CommonTokenFactory does (its text read from the input on demand). */
    static final TokenFactory<CspecToken> FACTORY = new TokenFactory<>() {
        @Override
        public CspecToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                int start, int stop, int line, int charPositionInLine) {
            CspecToken token = new CspecToken(source, type, channel, start, stop);
            token.setLine(line);
            token.setCharPositionInLine(charPositionInLine);
            if (text != null) {
                token.setText(text);
            }
            return token;
        }

        @Override
        public CspecToken create(int type, String text) {
            return new CspecToken(type, text);
        }
    };

    private int blanksBefore;

    private CspecToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }

    private CspecToken(int type, String text) {
        super(type, text);
    }

    /** A copy of token, with no blanks before it until told otherwise. */
    public CspecToken(Token token) {
        super(token);
    }

    /** The blank and line-break tokens the lexer skipped between the previous token and this one. */
    public int blanksBefore() {
        return blanksBefore;
    }

    public void setBlanksBefore(int count) {
        blanksBefore = count;
    }

    /** The blanks skipped before token, or none for a token the lexer did not make. */
    public static int blanksBefore(Token token) {
        return token instanceof CspecToken cspec ? cspec.blanksBefore : 0;
    }
}
