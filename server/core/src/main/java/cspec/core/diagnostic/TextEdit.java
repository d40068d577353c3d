package cspec.core.diagnostic;

import cspec.core.text.Span;

/** Replace the text at span (in the diagnostic's own document) with newText. */
public record TextEdit(Span span, String newText) {
    public static TextEdit insert(int offset, String text) {
        return new TextEdit(Span.at(offset), text);
    }
}
