package cspec.lsp;

import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One document as the editor has it: its URI, the version the editor last sent and its text,
 * character for character (a leading U+FEFF too: the editor counts it in every position), and
 * how the editor's changes apply to it (the workspace state keeps the documents themselves).
 * A value: an edit makes a new one, so a reader never sees half an edit.
 */
record OpenDocument(String uri, int version, SourceText text) {

    /** Changes that cannot be applied to this text: the editor and the server no longer hold the same one. */
    static final class OutOfStep extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfStep(String why) {
            super(why);
        }
    }

    /** The state's document, to apply the editor's changes to. */
    static OpenDocument of(cspec.core.state.Document document) {
        return new OpenDocument(document.uri(), document.version(), document.text());
    }

    /**
     * The document after the editor's changes, applied in order (a change without range replaces
     * all). Throws when they were made to another text: a version not after this one, a change
     * without text, or a range that cannot lie in the text as it stands.
     */
    OpenDocument changed(Integer newVersion, List<TextDocumentContentChangeEvent> changes) throws OutOfStep {
        if (newVersion == null) {
            throw new OutOfStep("a change came without a version");
        }
        if (newVersion <= version) {
            throw new OutOfStep("version " + newVersion + " came after version " + version);
        }
        if (changes == null) {
            throw new OutOfStep("version " + newVersion + " came without its changes");
        }
        SourceText current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change == null || change.getText() == null) {
                throw new OutOfStep("a change in version " + newVersion + " came without its text");
            }
            if (change.getRange() == null) {
                current = SourceText.exactly(uri, change.getText());
                continue;
            }
            Optional<Span> span = Convert.editSpan(current, change.getRange());
            if (span.isEmpty()) {
                throw new OutOfStep("version " + newVersion + " changes " + describe(change) + ", which is not a range of "
                        + "the text (" + current.lines().lineCount() + " lines)");
            }
            String t = current.text();
            current = SourceText.exactly(uri, t.substring(0, span.get().start()) + change.getText() + t.substring(span.get().end()));
        }
        return new OpenDocument(uri, newVersion, current);
    }

    private static String describe(TextDocumentContentChangeEvent change) {
        var r = change.getRange();
        return r.getStart() == null || r.getEnd() == null ? "an incomplete range"
                : "lines " + r.getStart().getLine() + ":" + r.getStart().getCharacter() + " to "
                        + r.getEnd().getLine() + ":" + r.getEnd().getCharacter();
    }
}
