package cspec.files;

import java.io.IOException;
import java.util.Locale;

/** A document over the size a command accepts; its message names both sizes. */
public final class DocumentTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private final long size;
    private final long limit;

    public DocumentTooLarge(long size, long limit) {
        super(megabytes(size).equals(megabytes(limit))
                ? String.format(Locale.ROOT, "it is %,d bytes, over the %,d-byte limit", size, limit)
                : String.format(Locale.ROOT, "it is %s, over the %s limit", megabytes(size), megabytes(limit)));
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
