package cspec.core.syntax;

import cspec.core.text.SourceText;
import java.util.List;

/** Parses one file. Never throws: whatever is wrong becomes a syntax or limit diagnostic. */
public final class SpecParser {
    private SpecParser() {
    }

    public static SpecFile parse(SourceText source) {
        return new SpecFile(source, null, List.of(), List.of());
    }
}
