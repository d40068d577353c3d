package cspec.core.text;

/** A half-open range [start, end) of UTF-16 offsets into one document's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean covers(Span other) {
        return start <= other.start && other.end <= end;
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
