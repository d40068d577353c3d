package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;

/** {@code profile ID "Title" { requires|recommends ... }}: what a kind of contract must contain. */
public record Profile(Span span, Ident id, Str title, List<Expectation> expectations) implements Document {
    public Profile {
        expectations = List.copyOf(expectations);
    }

    public enum Strength { REQUIRES, RECOMMENDS }

    public enum Kind { SECTION, SLA, CLAUSE }

    /** One item of a profile; id and title are null for sla, title and guidance may be null. */
    public record Expectation(Span span, Strength strength, Kind kind, Ident id, Str title, Prose guidance) {
    }
}
