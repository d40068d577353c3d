package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import cspec.lsp.ServerCommand;
import cspec.lsp.testing.MemoryPipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's procurement commands through the language server as cspec starts it (the server
 * knows them only through its extension point): over real JSON-RPC, on the buffer the editor has
 * open, unsaved edits included.
 */
class EditorCommandsTest {
    @TempDir
    Path folder;

    private final MemoryPipe toServer = new MemoryPipe();
    private final MemoryPipe toClient = new MemoryPipe();
    /** The client's JSON-RPC threads: daemons, ended after each test. */
    private final ExecutorService clientThreads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "editor-client");
        thread.setDaemon(true);
        return thread;
    });
    private LanguageServer server;
    private FutureTask<Integer> serving;
    private InitializeResult initialized;

    /**
     * The server as cspec starts it, over {@link MemoryPipe}s: java.io's piped streams lost a
     * reply once the pool thread that last wrote had ended ("Write end dead"), and the test hung.
     */
    @BeforeEach
    void start() throws Exception {
        serving = new FutureTask<>(() -> ServerCommand.serve(toServer.readEnd(), toClient.writeEnd(), EditorCommands.create()));
        Thread serverThread = new Thread(serving, "server");
        serverThread.setDaemon(true);
        serverThread.start();
        var launcher = LSPLauncher.createClientLauncher(new QuietClient(), toClient.readEnd(), toServer.writeEnd(),
                clientThreads, null);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "w")));
        initialized = answer(server.initialize(params), "answer to initialize", 30);
        server.initialized(new InitializedParams());
    }

    /** The session ends as an editor ends it; a reply that never comes fails here, by name, in bounded time. */
    @AfterEach
    void stop() throws Exception {
        try {
            answer(server.shutdown(), "answer to shutdown", 10);
            server.exit();
            assertEquals(0, answer(serving, "end of the server after exit", 20), "the server's exit code after shutdown and exit");
        } finally {
            // Ends both sides' readers, which would otherwise wait for bytes that will never come.
            toServer.closeWriteEnd();
            toClient.closeWriteEnd();
            clientThreads.shutdownNow();
        }
    }

    private static <T> T answer(Future<T> future, String what, int seconds) throws Exception {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no " + what + " within " + seconds + " s", e);
        }
    }

    /** The answer as JSON (the client's side of JSON-RPC reads an untyped result as a map). */
    private JsonObject execute(String command, Object... arguments) throws Exception {
        Object result = answer(server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(arguments))),
                "answer to " + command, 30);
        return new com.google.gson.Gson().toJsonTree(result).getAsJsonObject();
    }

    private String open(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "contract \"Saved\" {\n}\n");
        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cspec", 1, text)));
        return uri;
    }

    private static final String CONTRACT = """
            contract "Unsaved Title" {
                client "City" as "City"
                provider "Acme" as "Contractor"
                version "3"
            }
            section s "Scope" {
                must A-1: The Contractor must monitor every log source.
                should A-2 (weight 4): The Contractor should hunt monthly.
            }
            """;

    @Test
    void theServerAnnouncesBothCommands() {
        assertEquals(List.of("cspec.previewContract", "cspec.exportMatrix"),
                initialized.getCapabilities().getExecuteCommandProvider().getCommands());
    }

    @Test
    void previewRendersTheBufferAsTheEditorHasIt() throws Exception {
        String uri = open("c.cspec", CONTRACT);
        JsonObject answer = execute("cspec.previewContract", new JsonPrimitive(uri));
        assertEquals("Unsaved Title", answer.get("title").getAsString());
        assertTrue(answer.get("html").getAsString().contains("<span class=\"req-id\">A-2</span><span class=\"marker\">Rated, weight 4</span>"));
    }

    @Test
    void exportWritesNextToTheContractAndAsksBeforeReplacing() throws Exception {
        String uri = open("c.cspec", CONTRACT);
        JsonObject options = new JsonObject();
        options.addProperty("format", "csv");
        JsonObject first = execute("cspec.exportMatrix", new JsonPrimitive(uri), options);
        Path written = folder.resolve("c.matrix.csv");
        assertTrue(first.get("written").getAsBoolean());
        assertEquals(written.toString(), first.get("path").getAsString());
        assertTrue(Files.readString(written).contains("A-2,,1 Scope,Rated,4"), Files.readString(written));
        Files.writeString(written, "the user's own notes");
        JsonObject second = execute("cspec.exportMatrix", new JsonPrimitive(uri), options);
        assertFalse(second.get("written").getAsBoolean());
        assertTrue(second.get("exists").getAsBoolean());
        assertEquals("the user's own notes", Files.readString(written), "a file was replaced without asking");
        options.addProperty("overwrite", true);
        assertTrue((execute("cspec.exportMatrix", new JsonPrimitive(uri), options)).get("written").getAsBoolean());
        assertTrue(Files.readString(written).startsWith("ID,"));
    }

    @Test
    void aContractThatCannotBeRenderedIsAnErrorTheEditorShows() throws Exception {
        String uri = open("broken.cspec", "contract \"B\" {\n}\nsection s \"S\" {\n    must X-1 (weight): x\n}\n");
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> execute("cspec.previewContract", new JsonPrimitive(uri)));
        assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
        assertTrue(e.getCause().getMessage().contains("Fix the syntax errors first"), e.getCause().getMessage());
    }

    /** A client that ignores what the server tells it. */
    private static final class QuietClient implements LanguageClient {
        public void telemetryEvent(Object object) {
        }

        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        }

        public void showMessage(MessageParams messageParams) {
        }

        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        public void logMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<List<Object>> configuration(org.eclipse.lsp4j.ConfigurationParams params) {
            return CompletableFuture.completedFuture(List.of());
        }
    }
}
