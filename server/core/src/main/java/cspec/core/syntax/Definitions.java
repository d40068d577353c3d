package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;

/** A {@code definitions { ... }} block. */
public record Definitions(Span span, List<Definition> entries) implements Item {
    public Definitions {
        entries = List.copyOf(entries);
    }

    /** {@code "Term" means prose}. */
    public record Definition(Span span, Str term, Prose prose) {
    }
}
