package cspec.core.syntax;

import cspec.core.text.Span;

/**
 * {@code background [ID] [(ref "1.2")]: prose}: text that obliges nobody, such as a purpose
 * statement or a recital. Its wording is read, but never as an obligation. id and sourceRef may
 * be null.
 */
public record Background(Span span, Span keyword, Ident id, SourceRef sourceRef, Prose prose) implements Item {
    public java.util.Optional<SourceRef> optionalSourceRef() {
        return java.util.Optional.ofNullable(sourceRef);
    }
}
