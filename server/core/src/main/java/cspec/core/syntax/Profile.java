package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;

/** {@code profile ID "Title" { requires|recommends ... }}: what a kind of contract must contain. */
public record Profile(Span span, Ident id, Str title, List<Expectation> expectations) implements Document {
    public Profile {
        expectations = List.copyOf(expectations);
    }

    public enum Strength { REQUIRES, RECOMMENDS }

    /**
     * What an item asks for. SECTION, SLA and CLAUSE are parts of the contract; the others are
     * content that a part must state (docs/profiles.md, "What a section must say"): a duration
     * tied to an action, an obligation of a party, an SLA timer, or a defined term.
     */
    public enum Kind { SECTION, SLA, CLAUSE, DURATION, PARTY, TIMER, TERM }

    /**
     * One item of a profile. id is the section's or clause's ID, the action of a duration, the
     * party's role or the timer's name (null for sla and term); title is a section's title or the
     * defined term (else null); action is a party's action ({@code party provider to screen}, else
     * null); within is the section or clause named by {@code in ID} (else null); guidance may be null.
     */
    public record Expectation(Span span, Strength strength, Kind kind, Ident id, Str title, Ident action, Ident within,
            Prose guidance) {
        public Expectation(Span span, Strength strength, Kind kind, Ident id, Str title, Prose guidance) {
            this(span, strength, kind, id, title, null, null, guidance);
        }

        /** True for what a part of the contract must state, rather than a part the contract must have. */
        public boolean isContent() {
            return within != null || kind == Kind.DURATION || kind == Kind.PARTY || kind == Kind.TIMER || kind == Kind.TERM;
        }
    }
}
