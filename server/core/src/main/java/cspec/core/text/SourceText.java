package cspec.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of one document and where it came from. A leading byte-order mark is dropped on
 * construction, so offsets everywhere in cspec count from the first real character; an
 * editor's buffer, which counts it, is taken {@link #exactly}.
 */
public final class SourceText {
    private final String name;
    private final String text;
    private LineIndex lines;

    public SourceText(String name, String text) {
        this(name, text, false);
    }

    private SourceText(String name, String text, boolean keepByteOrderMark) {
        this.name = Objects.requireNonNull(name);
        String t = Objects.requireNonNull(text);
        this.text = !keepByteOrderMark && t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    /**
     * A text exactly as given, a leading byte-order mark included: an editor's buffer, whose
     * positions count every character it holds. (The grammar reads U+FEFF as a blank.)
     */
    public static SourceText exactly(String name, String text) {
        return new SourceText(name, text, true);
    }

    public static SourceText of(String text) {
        return new SourceText("<input>", text);
    }

    public static SourceText fromBytes(String name, byte[] bytes) {
        return new SourceText(name, new String(bytes, StandardCharsets.UTF_8));
    }

    /** The path or URI the text was read from, as the user named it. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }

    public LineIndex lines() {
        if (lines == null) {
            lines = new LineIndex(text);
        }
        return lines;
    }

    @Override
    public String toString() {
        return name;
    }
}
