/**
 * Editor features as plain values over the syntax tree and the analysis: what is under the
 * cursor, where a name is declared and used, completion candidates, hover text, symbols, folding
 * and selection ranges, semantic token kinds, source actions. Nothing here knows LSP: the
 * language server converts these values, and any other shell can reuse them.
 */
package cspec.core.editor;
