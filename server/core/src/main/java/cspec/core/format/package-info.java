/**
 * The canonical layout of a .cspec file: {@link cspec.core.format.Formatter} keeps every word of
 * prose, strings and comments and changes only whitespace and layout.
 */
package cspec.core.format;
