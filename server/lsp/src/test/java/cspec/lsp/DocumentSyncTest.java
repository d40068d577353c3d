package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the editor's changes cannot be applied (a stale version, a range outside the text or
 * inverted), the server and the editor no longer hold the same text. LSP has no way to ask for
 * it again, so the server stops publishing for that document, says so once, and asks the user to
 * reopen the file: diagnostics, hovers and edits for a text the editor does not have would mislead
 * or damage. Reopening the file starts afresh.
 */
class DocumentSyncTest extends ServerTest {
    /** Unformatted (an indented header field too deep), so formatting would have edits to give. */
    private static final String TEXT = "contract \"X\" {\n        client \"A\"\n}\n";

    @Test
    void aStaleVersionStopsDiagnosticsAndAsksToReopen() throws Exception {
        String uri = openAtVersion("a.cspec", 1);
        change(uri, 6, null, TEXT + "\n");
        lsp.client.awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == 6, 10_000);
        int published = lsp.client.publishedFor(uri).size();

        change(uri, 3, new Range(new Position(0, 0), new Position(0, 0)), "// stale\n");

        assertAskedToReopen(uri);
        assertOutOfStep(uri, published, 7);
    }

    static Stream<Range> unusableRanges() {
        return Stream.of(
                new Range(new Position(2, 0), new Position(1, 0)),     // inverted
                new Range(new Position(0, 5), new Position(0, 2)),     // inverted on one line
                new Range(new Position(40, 0), new Position(41, 0)),   // past the last line
                new Range(new Position(-1, 0), new Position(0, 0)),    // negative line
                new Range(new Position(0, -3), new Position(0, 0)));   // negative character
    }

    @ParameterizedTest
    @MethodSource("unusableRanges")
    void anUnusableRangeStopsDiagnosticsAndAsksToReopen(Range range) throws Exception {
        String uri = openAtVersion("a.cspec", 1);
        lsp.client.awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == 1, 10_000);
        int published = lsp.client.publishedFor(uri).size();

        change(uri, 2, range, "x");

        assertAskedToReopen(uri);
        assertOutOfStep(uri, published, 3);
    }

    @Test
    void aCharacterPastTheLineEndMeansTheLineEndAsTheProtocolSays() throws Exception {
        String uri = openAtVersion("a.cspec", 1);

        change(uri, 2, new Range(new Position(0, 200), new Position(0, 300)), " ");

        lsp.client.awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == 2, 10_000);
        assertTrue(lsp.client.shown.isEmpty(), lsp.client.shown.toString());
    }

    /**
     * Found by fuzzing: the editor counts a leading byte-order mark in every position, and the
     * server once dropped it, so each edit on the first line landed one character late.
     */
    @Test
    void anEditInAFileStartingWithAByteOrderMarkLandsWhereTheEditorPutIt() throws Exception {
        String uri = Uris.of(root.resolve("bom.cspec"));
        lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cspec", 1, "\uFEFF" + TEXT)));
        var before = lsp.client.awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == 1, 10_000);

        change(uri, 2, new Range(new Position(0, 1), new Position(0, 1)), "// reviewed\n");

        var after = lsp.client.awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == 2, 10_000);
        assertEquals(before.getDiagnostics().stream().map(d -> d.getMessage()).toList(),
                after.getDiagnostics().stream().map(d -> d.getMessage()).toList(), "the comment went before `contract`, not into it");
    }

    @Test
    void reopeningTheFileStartsAfresh() throws Exception {
        String uri = openAtVersion("a.cspec", 1);
        change(uri, 2, new Range(new Position(9, 0), new Position(9, 0)), "x");
        assertAskedToReopen(uri);

        lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cspec", 1, TEXT)));
        change(uri, 2, new Range(new Position(0, 0), new Position(0, 0)), "// reviewed\n");

        lsp.client.awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == 2, 10_000);
        assertEquals(1, lsp.client.shown.size(), "asked once: " + lsp.client.shown);
    }

    private String openAtVersion(String name, int version) {
        String uri = Uris.of(root.resolve(name));
        lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cspec", version, TEXT)));
        return uri;
    }

    private void change(String uri, int version, Range range, String text) {
        TextDocumentContentChangeEvent change = range == null ? new TextDocumentContentChangeEvent(text)
                : new TextDocumentContentChangeEvent(range, text);
        lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    }

    private void assertAskedToReopen(String uri) throws InterruptedException {
        for (int i = 0; i < 2000 && lsp.client.shown.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertEquals(1, lsp.client.shown.size(), "one message for the user: " + lsp.client.shown);
        var shown = lsp.client.shown.get(0);
        assertEquals(MessageType.Warning, shown.getType());
        assertTrue(shown.getMessage().contains("a.cspec") && shown.getMessage().contains("reopen"), shown.getMessage());
        assertTrue(lsp.client.logged.stream().anyMatch(m -> m.getType() == MessageType.Log || m.getType() == MessageType.Info
                || m.getType() == MessageType.Warning), "logged: " + lsp.client.logged);
    }

    /**
     * Out of step: its diagnostics are cleared, none is published for the unusable version or any
     * later one, and features give nothing rather than answers about the wrong text.
     */
    private void assertOutOfStep(String uri, int publishedBefore, int laterVersion) throws Exception {
        lsp.client.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty() && p.getVersion() == null, 10_000);
        change(uri, laterVersion, new Range(new Position(0, 0), new Position(0, 0)), "// later\n");
        var textDocuments = lsp.server.getTextDocumentService();
        assertNull(LspHarness.get(textDocuments.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 1)))));
        assertEquals(List.of(), LspHarness.get(textDocuments.formatting(
                new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true)))));
        // Another document's diagnostics come after any this one would have had (one analysis thread, in order).
        String other = lsp.open(root.resolve("b.cspec"), TEXT);
        lsp.client.awaitDiagnostics(other, p -> true, 10_000);
        List<PublishDiagnosticsParams> after = lsp.client.publishedFor(uri);
        assertEquals(List.of(new PublishDiagnosticsParams(uri, List.of())), after.subList(publishedBefore, after.size()),
                "cleared once, and no diagnostics for a text the editor does not have");
    }
}
