package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;

/** {@code section ID "Title" { items }}; {@code span} runs from the keyword to the closing brace. */
public record Section(Span span, Ident id, Str title, List<Item> items) implements Item {
    public Section {
        items = List.copyOf(items);
    }
}
