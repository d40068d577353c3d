package cspec.lsp;

import cspec.lsp.testing.MemoryPipe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server in-process, spoken to through real JSON-RPC over pipes by a recording client, so
 * tests see exactly what an editor would (serialisation included). The pipes are
 * {@link MemoryPipe}s: both sides write from pool threads that come and go.
 */
final class LspHarness implements AutoCloseable {
    private static final int ANSWER_SECONDS = 20;

    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final CspecLanguageServer implementation;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lsp-harness");
        t.setDaemon(true);
        return t;
    });
    private final MemoryPipe toServer = new MemoryPipe();
    private final MemoryPipe toClient = new MemoryPipe();
    private int version = 1;

    LspHarness(Path root) throws IOException {
        this(root, new ClientCapabilities());
    }

    /** A server initialised by a client that declares these capabilities. */
    LspHarness(Path root, ClientCapabilities capabilities) throws IOException {
        implementation = new CspecLanguageServer(exitCode::complete);
        ServerConnection.connect(implementation, toServer.readEnd(), toClient.writeEnd(), threads).startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, toClient.readEnd(),
                toServer.writeEnd(), threads, null);
        clientSide.startListening();
        server = clientSide.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(capabilities);
        if (root != null) {
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.of(root), "root")));
        }
        get(server.initialize(init));
        server.initialized(new InitializedParams());
    }

    /** The answer to a request; fails the test when none comes in time. */
    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the server sent no answer within " + ANSWER_SECONDS + " s", e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The code the server exited with; fails the test when it has not exited in time. */
    int awaitExit() throws Exception {
        try {
            return exitCode.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the server did not exit within " + ANSWER_SECONDS + " s", e);
        }
    }

    String open(Path file, String text) {
        String uri = Uris.of(file);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cspec", version++, text)));
        return uri;
    }

    int change(String uri, Range range, String text) {
        int v = version++;
        TextDocumentContentChangeEvent change = range == null ? new TextDocumentContentChangeEvent(text)
                : new TextDocumentContentChangeEvent(range, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(change)));
        return v;
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    /**
     * Ends the connection as an editor that goes away would: the server reads the end of its
     * input; then the interrupt ends whatever still waits on either side.
     */
    @Override
    public void close() {
        try {
            toServer.closeWriteEnd();
        } finally {
            threads.shutdownNow();
        }
    }
}
