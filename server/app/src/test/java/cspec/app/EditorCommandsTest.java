package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import cspec.lsp.ServerCommand;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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

    private LanguageServer server;
    private Thread serving;
    private InitializeResult initialized;

    @BeforeEach
    void start() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        serving = new Thread(() -> ServerCommand.serve(serverIn, serverOut, EditorCommands.create()), "server");
        serving.setDaemon(true);
        serving.start();
        var launcher = LSPLauncher.createClientLauncher(new QuietClient(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "w")));
        initialized = server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        serving.join(5000);
    }

    /** The answer as JSON (the client's side of JSON-RPC reads an untyped result as a map). */
    private JsonObject execute(String command, Object... arguments) throws Exception {
        Object result = server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(arguments)))
                .get(30, TimeUnit.SECONDS);
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
