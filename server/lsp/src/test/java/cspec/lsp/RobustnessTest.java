package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing feature costs one answer, requests can be cancelled, odd documents answer in bounded time. */
class RobustnessTest {
    @TempDir
    Path root;

    @Test
    void aFailingFeatureIsLoggedAndAnsweredWithAnErrorWhileTheServerGoesOn() throws Exception {
        RecordingClient client = new RecordingClient();
        Requests requests = new Requests(() -> client);
        CompletableFuture<String> failed = requests.run("hover", cancel -> {
            throw new IllegalStateException("broken provider");
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
        assertTrue(e.getCause().getMessage().contains("hover"));
        assertTrue(client.logged.stream().anyMatch(m -> m.getType() == MessageType.Error && m.getMessage().contains("broken provider")));
        assertEquals("still here", requests.run("hover", cancel -> "still here").get(5, TimeUnit.SECONDS));
    }

    @Test
    void aCancelledRequestStops() throws Exception {
        Requests requests = new Requests(RecordingClient::new);
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Integer> endless = requests.run("completion", cancel -> {
            started.complete(null);
            while (true) {
                cancel.checkCanceled();
                Thread.onSpinWait();
            }
        });
        started.get(5, TimeUnit.SECONDS);
        endless.cancel(true);
        assertThrows(CancellationException.class, () -> endless.get(5, TimeUnit.SECONDS));
        assertEquals(1, requests.run("again", cancel -> 1).get(5, TimeUnit.SECONDS));
    }

    @Test
    void hugeBinaryAndDeeplyNestedDocumentsAnswerInBoundedTime() throws Exception {
        try (LspHarness lsp = new LspHarness(root)) {
            StringBuilder huge = new StringBuilder(Fixtures.read("contract.cspec"));
            while (huge.length() < 400_000) {
                huge.append("section s").append(huge.length()).append(" \"S\" {\n    must X-").append(huge.length())
                        .append(": The Supplier must do it.\n}\n");
            }
            StringBuilder nested = new StringBuilder("contract \"N\" {\n}\n");
            for (int i = 0; i < 2000; i++) {
                nested.append("section n").append(i).append(" \"N\" {\n");
            }
            byte[] noise = new byte[200_000];
            new java.util.Random(7).nextBytes(noise);
            String binary = new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String text : new String[] {huge.toString(), nested.toString(), binary}) {
                long start = System.nanoTime();
                String uri = lsp.open(root.resolve("odd" + text.length() + ".cspec"), text);
                lsp.client.awaitDiagnostics(uri, x -> true, 60_000);
                assertNotNull(LspHarness.get(lsp.server.getTextDocumentService()
                        .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(1, 0)))));
                LspHarness.get(lsp.server.getTextDocumentService()
                        .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 2))));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(millis < 60_000, "took " + millis + " ms");
            }
        }
    }

    @Test
    void exitAfterShutdownIsZeroAndWithoutItOne() throws Exception {
        try (LspHarness lsp = new LspHarness(root)) {
            LspHarness.get(lsp.server.shutdown());
            lsp.server.exit();
            assertEquals(0, lsp.awaitExit());
        }
        try (LspHarness lsp = new LspHarness(root)) {
            lsp.server.exit();
            assertEquals(1, lsp.awaitExit());
        }
    }
}
