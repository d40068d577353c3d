package cspec.core.syntax;

import cspec.core.text.Span;

/** An ID as written (MON-1, incident-response) and where. */
public record Ident(String text, Span span) {
}
