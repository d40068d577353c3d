package cspec.core.syntax;

import cspec.core.text.Span;

/**
 * One token of a file as the formatter and editor features see it, without ANTLR's classes.
 * A keyword is a keyword by spelling; whether it acts as one depends on where it stands.
 */
public record Lexeme(Kind kind, Span span, String text) {
    public enum Kind { KEYWORD, ID, STRING, NUMBER, PERCENT, DATE, COVERAGE, OPEN_BRACE, CLOSE_BRACE,
        OPEN_PAREN, CLOSE_PAREN, COMMA, COLON, PROSE, COMMENT, OTHER }
}
