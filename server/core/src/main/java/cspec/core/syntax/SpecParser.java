package cspec.core.syntax;

import cspec.core.syntax.parse.ParseRun;
import cspec.core.text.SourceText;

/** Parses one file. Never throws: whatever is wrong becomes a syntax or limit diagnostic. */
public final class SpecParser {
    /** Files over this size are not parsed (LANGUAGE.md: limit-exceeded, default 10 MB). */
    public static final int MAX_FILE_CHARS = 10 * 1024 * 1024;
    /** Sections nest at most this deep. */
    public static final int MAX_SECTION_DEPTH = 16;

    private SpecParser() {
    }

    public static SpecFile parse(SourceText source) {
        return ParseRun.run(source);
    }

    /**
     * The same parse, made cheaper by previous, a parse of another version of the same document
     * (null for none): where an edit stayed inside one top-level block of a contract that parsed
     * cleanly, only that block is read again. The result equals {@link #parse(SourceText)}.
     */
    public static SpecFile parse(SourceText source, SpecFile previous) {
        return ParseRun.run(source, previous);
    }
}
