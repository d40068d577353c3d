package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up warm-up: it runs the editor's path on its own contract, says nothing to the client, and yields to real work. */
class EditorWarmUpTest {
    @TempDir
    Path root;

    @Test
    void typesIntoItsContractAndAnswersCompletionAndHoverEveryRound() {
        List<Message> made = new CopyOnWriteArrayList<>();
        EditorWarmUp warmUp = new EditorWarmUp(made::add);
        warmUp.run();
        assertEquals(EditorWarmUp.ROUNDS, warmUp.roundsDone());
        List<Object> answers = made.stream().filter(ResponseMessage.class::isInstance)
                .map(m -> ((ResponseMessage) m).getResult()).toList();
        // Two completions and two hovers per round, each a real answer: the positions fit the contract as it is typed into.
        assertEquals(4 * EditorWarmUp.ROUNDS, answers.size());
        List<String> keywords = ((CompletionList) answers.get(0)).getItems().stream().map(CompletionItem::getLabel).toList();
        assertTrue(keywords.containsAll(List.of("must", "should", "sla")), keywords.toString());
        List<String> ids = ((CompletionList) answers.get(1)).getItems().stream().map(CompletionItem::getLabel).toList();
        assertTrue(ids.contains("W-3-2"), ids.toString());
        String cited = ((Hover) answers.get(3)).getContents().getRight().getValue();
        assertTrue(cited.contains("W-3-2") && cited.contains("review the rules"), cited);
    }

    @Test
    void publishesNothingForItsContract() throws Exception {
        try (LspHarness lsp = new LspHarness(root)) {
            EditorWarmUp warmUp = lsp.implementation.warmUp();
            warmUp.join(60_000);
            String uri = lsp.open(root.resolve("contract.cspec"), Fixtures.read("contract.cspec"));
            assertNotNull(lsp.client.awaitDiagnostics(uri, p -> true, 20_000));
            assertTrue(lsp.client.published.stream().allMatch(p -> p.getUri().equals(uri)), lsp.client.published.toString());
            assertTrue(lsp.client.logged.isEmpty(), lsp.client.logged.toString());
        }
    }

    @Test
    void stopsAtTheFirstRequest() throws Exception {
        assertStopsAt(server -> server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier("file:///nowhere.cspec"), new Position(0, 0))));
    }

    @Test
    void stopsAtTheFirstEdit() throws Exception {
        assertStopsAt(server -> server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier("file:///nowhere.cspec", 2), List.of(new TextDocumentContentChangeEvent("x")))));
    }

    /** Holds the warm-up at its first answer, sends real work, lets it go: it must end without another round. */
    private static void assertStopsAt(Consumer<CspecLanguageServer> realWork) throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "the warm-up runs only where a second core can take it");
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CspecLanguageServer server = new CspecLanguageServer(code -> { });
        server.warmUpWith(message -> {
            reached.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.initialize(new InitializeParams());
        EditorWarmUp warmUp = server.warmUp();
        assertTrue(reached.await(60, TimeUnit.SECONDS), "the warm-up did not start");
        assertFalse(warmUp.stopped());
        realWork.accept(server);
        assertTrue(warmUp.stopped());
        release.countDown();
        warmUp.join(20_000);
        assertEquals(0, warmUp.roundsDone(), "a round was finished after real work arrived");
    }
}
