package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up warm-up: it runs the editor's path on its own contract, says nothing to the client, and takes only idle time. */
class EditorWarmUpTest {
    @TempDir
    Path root;

    @Test
    void typesIntoItsContractAndAnswersCompletionAndHoverEveryRound() {
        List<Message> made = new CopyOnWriteArrayList<>();
        EditorWarmUp warmUp = new EditorWarmUp(made::add, () -> true);
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
    void takesNoStepWhileTheServerWorks() throws Exception {
        List<Message> made = new CopyOnWriteArrayList<>();
        AtomicBoolean idle = new AtomicBoolean(false);
        EditorWarmUp warmUp = new EditorWarmUp(made::add, idle::get);
        Thread thread = new Thread(warmUp::run);
        thread.start();
        thread.join(500);
        assertTrue(made.isEmpty() && warmUp.roundsDone() == 0, "the warm-up ran while the server worked");
        idle.set(true);
        thread.join(60_000);
        assertEquals(EditorWarmUp.ROUNDS, warmUp.roundsDone());
    }

    @Test
    void aRequestKeepsTheServerBusyUntilItIsAnsweredOrCancelled() throws Exception {
        Requests requests = new Requests(RecordingClient::new);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> answered = requests.run("test", cancel -> {
            await(release);
            return 1;
        });
        assertFalse(requests.idle());
        release.countDown();
        assertEquals(1, answered.get(20, TimeUnit.SECONDS));
        assertTrue(becomes(requests::idle), "still busy after the answer");

        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture<Integer> cancelled = requests.run("test", cancel -> {
            await(never);
            return 1;
        });
        assertFalse(requests.idle());
        cancelled.cancel(true);
        assertTrue(becomes(requests::idle), "still busy after the cancellation");
        never.countDown();
        requests.shutdown();
    }

    @Test
    void theServerIsIdleAgainOnceADocumentsDiagnosticsArePublished() throws Exception {
        try (LspHarness lsp = new LspHarness(root)) {
            String uri = lsp.open(root.resolve("contract.cspec"), Fixtures.read("contract.cspec"));
            assertNotNull(lsp.client.awaitDiagnostics(uri, p -> true, 20_000));
            assertTrue(becomes(lsp.implementation::idle), "the server stayed busy after publishing");
        }
    }

    @Test
    void stopsAtShutdown() throws Exception {
        CspecLanguageServer server = new CspecLanguageServer(code -> { });
        server.warmUpWith(message -> { });
        server.shutdown().get(20, TimeUnit.SECONDS);
        assertTrue(server.warmUp().stopped());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean becomes(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
