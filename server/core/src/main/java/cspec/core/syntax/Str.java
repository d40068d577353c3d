package cspec.core.syntax;

import cspec.core.text.Span;

/** A string literal: its value with escapes resolved, and the span including its quotes. */
public record Str(String value, Span span) {
}
