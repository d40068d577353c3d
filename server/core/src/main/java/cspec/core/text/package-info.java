/**
 * Text and positions, the lowest layer: {@link cspec.core.text.SourceText}, UTF-16 offset
 * {@link cspec.core.text.Span}s, and {@link cspec.core.text.LineIndex}, the only conversion
 * between offsets and lines and columns in core; plus line endings and name similarity for
 * did-you-mean suggestions.
 */
package cspec.core.text;
