package cspec.core.syntax.parse;

import cspec.core.text.Span;
import cspec.grammar.TextCharStream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * ANTLR counts code points; cspec counts UTF-16 units (as Java strings and LSP do). This maps
 * one to the other, and is the identity for text without characters outside the BMP.
 */
final class Offsets {
    private final int[] utf16;
    /** Where the text counted here starts in its document: a re-parse reads one item's text alone. */
    private final int base;

    private Offsets(int base) {
        this.base = base;
        this.utf16 = null;
    }

    /**
     * The offsets of the text the lexer reads from input: the identity when input is a
     * {@link TextCharStream}, which is only made for text without surrogates, so the text is not
     * walked a second time to learn it (issue 13).
     */
    static Offsets of(CharStream input, String text, int base) {
        return input instanceof TextCharStream ? new Offsets(base) : new Offsets(text, base);
    }

    Offsets(String text, int base) {
        this.base = base;
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            utf16 = null;
            return;
        }
        int count = text.codePointCount(0, text.length());
        utf16 = new int[count + 1];
        int offset = 0;
        for (int cp = 0; cp < count; cp++) {
            utf16[cp] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        utf16[count] = offset;
    }

    int offset(int codePointIndex) {
        if (utf16 == null) {
            return base + codePointIndex;
        }
        return base + utf16[Math.max(0, Math.min(codePointIndex, utf16.length - 1))];
    }

    /** The span of a token, [start, stop] inclusive in code points. */
    Span of(Token token) {
        if (token.getStartIndex() < 0) {
            return Span.at(0);
        }
        int start = offset(token.getStartIndex());
        int end = token.getStopIndex() < token.getStartIndex() ? start : offset(token.getStopIndex() + 1);
        return new Span(start, Math.max(start, end));
    }

    Span of(ParserRuleContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        if (stop == null || stop.getType() == Token.EOF || stop.getStartIndex() < 0
                || stop.getTokenIndex() < start.getTokenIndex()) {
            stop = start;
        }
        return of(start).union(of(stop));
    }
}
