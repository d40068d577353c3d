/**
 * The language server: a thin LSP4J shell over {@code cspec.core}. {@link cspec.lsp.ServerConnection}
 * builds the connection from LSP4J's parts and cspec's reader and endpoint, which survive a broken
 * stream and answer errors by the protocol's rules. The routing services hand each request to one
 * provider; {@link cspec.lsp.Convert} is the only place that turns core offsets into LSP positions
 * and back; analysis is always {@code cspec.core.Analyzer}.
 */
package cspec.lsp;
