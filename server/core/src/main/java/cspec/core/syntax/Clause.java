package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code clause ID ["Title"] [(NAME "value", ...)] [: prose]}. Without prose a contract clause
 * takes its library's standard wording; arguments fill placeholders, and in a library
 * {@code (section ID)} names the section its quick fix inserts it into. title and prose may be null.
 */
public record Clause(Span span, Ident id, Str title, List<Argument> arguments, Prose prose) implements Item {
    public Clause {
        arguments = List.copyOf(arguments);
    }

    public Optional<Argument> argument(String name) {
        return arguments.stream().filter(a -> a.name().text().equals(name)).findFirst();
    }

    /** NAME "value" (a placeholder value) or NAME ID (a library's section hint). */
    public record Argument(Span span, Ident name, String value, Span valueSpan, boolean quoted) {
    }
}
