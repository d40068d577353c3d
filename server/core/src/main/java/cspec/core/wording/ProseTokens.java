package cspec.core.wording;

import cspec.core.diagnostic.TextEdit;
import cspec.core.text.Span;
import java.util.ArrayList;
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
        if (isOneLine(s)) {
            return s;
        }
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

    /**
     * True when {@link #oneLine} would return s unchanged: its only whitespace is single spaces
     * between other characters, and nothing in it is masked. Most texts asked for are one line.
     */
    private static boolean isOneLine(String s) {
        int last = s.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (Character.isWhitespace(c) || c == WordingEngine.MASK) {
                return false;
            }
        }
        return true;
    }

    /**
     * Edits that replace the words of text [from, to) with replacement without touching a
     * comment line inside it: the words are split at each masked comment, the first run of words
     * becomes the replacement and every later run is deleted. Outside a comment this is one edit.
     */
    static List<TextEdit> wordEdits(String text, int base, int from, int to, String replacement) {
        List<TextEdit> edits = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && (text.charAt(i) == WordingEngine.MASK || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int end = i;
            while (end < to && text.charAt(end) != WordingEngine.MASK) {
                end++;
            }
            int last = end;
            while (last > i && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (last > i && edits.isEmpty()) {
                edits.add(new TextEdit(new Span(base + i, base + last), replacement));
            } else if (last > i) {
                int gap = last; // a deleted run takes the spaces after it on its line, so no double space is left
                while (gap < text.length() && (text.charAt(gap) == ' ' || text.charAt(gap) == '\t')) {
                    gap++;
                }
                edits.add(new TextEdit(new Span(base + i, base + gap), ""));
            }
            i = end;
        }
        return edits;
    }

    /** True when text [from, to) runs across a comment line. */
    static boolean crossesComment(String text, int from, int to) {
        return text.substring(from, to).indexOf(WordingEngine.MASK) >= 0;
    }
}
