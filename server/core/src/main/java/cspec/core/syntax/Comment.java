package cspec.core.syntax;

import cspec.core.text.Span;

/** A whole-line comment; span covers from the '//' to the end of the line. */
public record Comment(Span span, String text) {
}
