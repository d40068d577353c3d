/**
 * The language server: a thin LSP4J shell over {@code cspec.core}. The routing services hand
 * each request to one provider; {@link cspec.lsp.Convert} is the only place that turns core
 * offsets into LSP positions and back; analysis is always {@code cspec.core.Analyzer}.
 */
package cspec.lsp;
