package cspec.core.editor;

import cspec.core.text.SourceText;
import cspec.core.text.Span;

/**
 * A place in some document: the source (whose name is its path or URI) and a span in it.
 * builtIn marks a place inside a built-in profile or library, which has no file to open.
 */
public record Location(SourceText source, Span span, boolean builtIn) {
}
