package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;
import java.util.stream.Stream;

/** {@code sla ID "Title" { lines and requirements }}. */
public record Sla(Span span, Ident id, Str title, List<SlaItem> items) implements Item {
    public Sla {
        items = List.copyOf(items);
    }

    public <T extends SlaItem> Stream<T> all(Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast);
    }
}
