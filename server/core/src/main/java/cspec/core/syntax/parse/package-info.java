/**
 * The only package that sees ANTLR and the generated lexer and parser: one parse run, token
 * repairs for pasted-text mistakes, friendly error recovery (one mistake, one finding), and the
 * tree builder that turns parse trees into the records of {@code cspec.core.syntax}.
 */
package cspec.core.syntax.parse;
