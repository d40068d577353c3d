package cspec.lsp;

import cspec.core.editor.Formatting;
import cspec.core.state.Document;
import cspec.core.text.SourceText;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Document and range formatting with the formatter {@code cspec format} uses. */
final class FormattingProvider {
    private FormattingProvider() {
    }

    static List<TextEdit> document(Document document) {
        return Convert.edits(document.text(), Formatting.document(document.text()));
    }

    static List<TextEdit> range(Document document, Range range) {
        SourceText source = document.text();
        return Convert.edits(source, Formatting.range(source, Convert.span(source, range)));
    }
}
