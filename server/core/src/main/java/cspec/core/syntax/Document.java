package cspec.core.syntax;

import cspec.core.text.Span;

/** What a file holds: exactly one contract, profile or library. */
public sealed interface Document permits Contract, Profile, Library {
    Span span();
}
