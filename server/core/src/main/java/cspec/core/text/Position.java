package cspec.core.text;

/** A zero-based line and a zero-based column counted in UTF-16 code units, as LSP counts them. */
public record Position(int line, int column) {
}
