package cspec.core.syntax;

import cspec.core.text.Span;

/**
 * The source document's own numbering of an item ({@code (ref "5.2.1")}), kept so a contract
 * imported from a tender can be traced back to it. span covers {@code ref "5.2.1"}; number is
 * the string's value.
 */
public record SourceRef(Span span, Str number) {
}
