package cspec.core.wording;

import cspec.core.text.Span;
import java.util.List;

/**
 * One piece of prose as the engine sees it: the text, its document offset, its tokens and
 * segments, and per-token marks. taken: inside a listed phrase, term of art, defined term or
 * party name; party: part of a party's name or role word; subordinate: inside a subordinate
 * clause (filled in by {@link ObligationReader}).
 */
final class ProseTokens {
    private final String text;
    private final int base;
    private final List<Token> tokens;
    private final Segments seg;
    private final boolean[] taken;
    private final boolean[] party;
    private final boolean[] subordinate;

    ProseTokens(String text, int base, List<Token> tokens) {
        this.text = text;
        this.base = base;
        this.tokens = tokens;
        this.seg = new Segments(text, tokens);
        this.taken = new boolean[tokens.size()];
        this.party = new boolean[tokens.size()];
        this.subordinate = new boolean[tokens.size()];
    }

    List<Token> tokens() {
        return tokens;
    }

    Segments seg() {
        return seg;
    }

    boolean[] taken() {
        return taken;
    }

    boolean[] party() {
        return party;
    }

    boolean[] subordinate() {
        return subordinate;
    }

    String text() {
        return text;
    }

    int base() {
        return base;
    }

    /** The document span of tokens [from, to). */
    Span span(int from, int to) {
        return new Span(base + tokens.get(from).start(), base + tokens.get(to - 1).end());
    }

    /** The text of tokens [from, to) with runs of whitespace (line breaks included) made single spaces. */
    String text(int from, int to) {
        return oneLine(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
    }

    /** The text with each run of whitespace (line breaks and masked comments included) made one space. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == WordingEngine.MASK) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
