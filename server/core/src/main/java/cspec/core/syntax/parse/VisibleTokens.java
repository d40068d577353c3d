package cspec.core.syntax.parse;

import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The fast parse's input: the default-channel tokens of a file, already lexed and repaired, in an
 * array, each numbered once by its place there (as the stream numbered them as it read them). It
 * answers as ANTLR's CommonTokenStream over the same tokens does, without that stream's pulling
 * them one at a time from a token source into a list of its own, its channel checks at every
 * step, and a cast of each token to the interface Token at every look-ahead (on Java 17,
 * alternating with its test for WritableToken, that cast rewrote the token class's one-entry
 * cache of interfaces for each token: JDK-8180450; docs/benchmarks.md, issue 13 round 7).
 */
final class VisibleTokens implements TokenStream {
    private final CommonToken[] tokens;
    private TokenSource source;
    private int position;

    /**
     * The tokens of all that are on the default channel, then all's last token, the lexer's end of
     * file, whatever its channel: blanks are not tokens at all, comments and what the repairs hid
     * are on the hidden channel. The end of file is kept even when hidden, as CommonTokenStream
     * keeps it (the nesting cap hides everything from a section too deep to the end of a file where
     * that section is never closed): without it the parse would read the last token again and step
     * past the array's end.
     */
    VisibleTokens(List<Token> all) {
        int count = 1;
        for (Token t : all) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                count++;
            }
        }
        tokens = new CommonToken[count];
        int at = 0;
        for (Token t : all) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                CommonToken token = (CommonToken) t;
                token.setTokenIndex(at);
                tokens[at++] = token;
            }
        }
        CommonToken end = (CommonToken) all.get(all.size() - 1);
        if (end.getType() != Token.EOF) {
            throw new IllegalArgumentException("the tokens do not end with the lexer's end of file");
        }
        end.setTokenIndex(at);
        tokens[at] = end;
    }

    @Override
    public Token LT(int k) {
        if (k > 0) {
            return tokens[Math.min(position + k - 1, tokens.length - 1)];
        }
        if (k < 0) {
            return position + k < 0 ? null : tokens[position + k];
        }
        return null;
    }

    @Override
    public int LA(int i) {
        return LT(i).getType();
    }

    @Override
    public void consume() {
        if (tokens[position].getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public Token get(int index) {
        if (index < 0 || index >= tokens.length) {
            throw new IndexOutOfBoundsException("token index " + index + " out of range 0.." + (tokens.length - 1));
        }
        return tokens[index];
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.min(index, tokens.length - 1);
    }

    @Override
    public int mark() {
        return 0;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public TokenSource getTokenSource() {
        if (source == null) {
            source = new ListTokenSource(Arrays.asList(tokens));
        }
        return source;
    }

    @Override
    public String getSourceName() {
        return getTokenSource().getSourceName();
    }

    @Override
    public String getText(Interval interval) {
        int start = interval.a;
        int stop = Math.min(interval.b, tokens.length - 1);
        if (start < 0 || stop < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= stop && tokens[i].getType() != Token.EOF; i++) {
            text.append(tokens[i].getText());
        }
        return text.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, tokens.length - 1));
    }

    @Override
    public String getText(RuleContext context) {
        return getText(context.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}
