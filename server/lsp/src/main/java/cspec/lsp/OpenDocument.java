package cspec.lsp;

import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One document as the editor has it: its URI, the version the editor last sent and its text,
 * and how the editor's changes apply to it (the workspace state keeps the documents themselves).
 * A value: an edit makes a new one, so a reader never sees half an edit.
 */
record OpenDocument(String uri, int version, SourceText text) {

    static OpenDocument opened(String uri, int version, String text) {
        return new OpenDocument(uri, version, new SourceText(uri, text));
    }

    /** The state's document, to apply the editor's changes to. */
    static OpenDocument of(cspec.core.state.Document document) {
        return new OpenDocument(document.uri(), document.version(), document.text());
    }

    /** The document after the editor's changes, applied in order (a change without range replaces all). */
    OpenDocument changed(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        SourceText current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = new SourceText(uri, change.getText());
            } else {
                Span span = Convert.span(current, change.getRange());
                String t = current.text();
                current = new SourceText(uri, t.substring(0, span.start()) + change.getText() + t.substring(span.end()));
            }
        }
        return new OpenDocument(uri, newVersion, current);
    }
}
