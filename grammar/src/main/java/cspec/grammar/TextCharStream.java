package cspec.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's input read from the String itself, for text whose every char is a code point (no
 * surrogate, the usual case). ANTLR's {@link CharStreams#fromString} copies the text twice (into a
 * CharBuffer, then into a code-point buffer) and makes each token's text afresh from that buffer:
 * about a fifth of what a parse allocated (docs/benchmarks.md, issue 13 round 7). Here a token's
 * text is a substring, and the lexer's prose reading sees the text without a copy. It behaves as
 * ANTLR's code-point stream does (CharStream's contract: LA, consume, seek, getText), so the
 * tokens are the same.
 */
public final class TextCharStream implements CharStream {
    private final String text;
    private final String name;
    private int position;

    private TextCharStream(String text, String name) {
        this.text = text;
        this.name = name;
    }

    /** The stream to lex text from: this class when no char of it is a surrogate, ANTLR's own otherwise. */
    public static CharStream of(String text, String name) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return CharStreams.fromString(text, name);
            }
        }
        return new TextCharStream(text, name);
    }

    /** The whole text; each of its chars is one code point, so its indexes are the stream's. */
    String text() {
        return text;
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int at = position + i - 1;
            return at < text.length() ? text.charAt(at) : IntStream.EOF;
        }
        if (i < 0) {
            int at = position + i;
            return at >= 0 ? text.charAt(at) : IntStream.EOF;
        }
        return 0; // LA(0) is undefined
    }

    @Override
    public void consume() {
        if (position == text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = index;
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public String getSourceName() {
        return name == null || name.isEmpty() ? IntStream.UNKNOWN_SOURCE_NAME : name;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, text.length());
        int length = Math.min(interval.b - interval.a + 1, text.length() - start);
        return text.substring(start, start + length);
    }

    @Override
    public String toString() {
        return text;
    }
}
