package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;

/** {@code library ID "Title" { clause ... }}: standard clauses that completion offers and contracts refer to. */
public record Library(Span span, Ident id, Str title, List<Clause> clauses) implements Document {
    public Library {
        clauses = List.copyOf(clauses);
    }
}
