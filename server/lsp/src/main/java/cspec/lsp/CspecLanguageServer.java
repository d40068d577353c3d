package cspec.lsp;

import cspec.core.ExitCodes;
import cspec.core.state.WorkspaceState;
import cspec.files.DiskFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The cspec language server: holds the workspace state, the editor's settings and the shared services,
 * announces the capabilities, and honours shutdown and exit (exit code 0 after shutdown, 1 without).
 */
public final class CspecLanguageServer implements LanguageServer, LanguageClientAware {
    private static final long LISTING_MILLIS = 5_000;
    /**
     * The one store of open documents, configuration, files read and analyses (cspec.core.state).
     * Listings are trusted for a few seconds, for editors that do not report file changes.
     */
    private final WorkspaceState state = new WorkspaceState(new DiskFiles(), LISTING_MILLIS);
    private volatile ClientSettings settings = ClientSettings.DEFAULT;
    private volatile LanguageClient client;
    private final Requests requests = new Requests(() -> client, () -> settings.trace());
    private final DiagnosticsPublisher publisher = new DiagnosticsPublisher(state, () -> client,
            () -> settings.debounceMillis(), () -> settings.docsBase());
    private final TextDocumentRouter textDocuments = new TextDocumentRouter(state, publisher, requests, () -> settings,
            () -> client);
    private final WorkspaceRouter workspace;
    private final ExtraCommands extraCommands;
    private final IntConsumer exit;
    private volatile boolean shutdownRequested;
    private volatile boolean canWatchFiles;
    /** The editor's path run on a spare core at start-up; none until the connection can serialise. */
    private volatile EditorWarmUp warmUp;

    /** exit receives the process exit code when the client sends exit. */
    public CspecLanguageServer(IntConsumer exit) {
        this(exit, ExtraCommands.NONE);
    }

    /** A server that also runs the shell's extra commands (workspace/executeCommand). */
    public CspecLanguageServer(IntConsumer exit, ExtraCommands extraCommands) {
        this.exit = exit;
        this.extraCommands = extraCommands;
        this.workspace = new WorkspaceRouter(this, state, publisher, requests, new CommandRunner(extraCommands, state));
    }

    /** The connection's serialiser (JSON made and dropped): with it, initialize starts the warm-up. */
    void warmUpWith(Consumer<Message> serializer) {
        warmUp = new EditorWarmUp(serializer, this::idle);
    }

    /** No request, analysis or publication waiting or running: the warm-up may take a step. */
    boolean idle() {
        return requests.idle() && publisher.idle();
    }

    EditorWarmUp warmUp() {
        return warmUp;
    }

    private void stopWarmUp() {
        EditorWarmUp w = warmUp;
        if (w != null) {
            w.stop();
        }
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    LanguageClient client() {
        return client;
    }

    ClientSettings settings() {
        return settings;
    }

    /** The editor's settings: the server's own (debounce, trace, links) and a layer under each cspec.json. */
    void settings(ClientSettings newSettings) {
        settings = newSettings;
        state.setSettings(newSettings::under);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        state.setFolders(folders(params));
        settings(ClientSettings.from(params.getInitializationOptions()));
        canWatchFiles = Optional.ofNullable(params.getCapabilities()).map(ClientCapabilities::getWorkspace)
                .map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
                .map(DidChangeWatchedFilesCapabilities::getDynamicRegistration).orElse(false);
        textDocuments.setClientSnippets(Optional.ofNullable(params.getCapabilities()).map(ClientCapabilities::getTextDocument)
                .map(TextDocumentClientCapabilities::getCompletion).map(CompletionCapabilities::getCompletionItem)
                .map(CompletionItemCapabilities::getSnippetSupport).orElse(false));
        // At initialize rather than initialized, for the moments before the first document opens.
        EditorWarmUp w = warmUp;
        if (w != null) {
            w.start();
        }
        ServerCapabilities capabilities = capabilities();
        if (!extraCommands.ids().isEmpty()) {
            capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(extraCommands.ids()));
        }
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("cspec", version())));
    }

    @Override
    public void initialized(InitializedParams params) {
        workspace.pullConfiguration();
        if (canWatchFiles && client != null) {
            watchFiles();
        }
    }

    /** Asks the client to report changes to .cspec files and cspec.json, so dependents re-check. */
    private void watchFiles() {
        var options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                new FileSystemWatcher(Either.forLeft("**/*.cspec")), new FileSystemWatcher(Either.forLeft("**/cspec.json"))));
        Registration registration = new Registration("cspec-watched-files", "workspace/didChangeWatchedFiles", options);
        client.registerCapability(new RegistrationParams(List.of(registration))).exceptionally(e -> {
            ServerLog.info(client, "the editor did not accept file watching; save a library to re-check its users");
            return null;
        });
    }

    private static List<Path> folders(InitializeParams params) {
        List<Path> roots = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                Uris.path(f.getUri()).ifPresent(roots::add);
            }
        }
        @SuppressWarnings("deprecation")
        String rootUri = params.getRootUri();
        if (roots.isEmpty() && rootUri != null) {
            Uris.path(rootUri).ifPresent(roots::add);
        }
        return roots;
    }

    static ServerCapabilities capabilities() {
        ServerCapabilities c = new ServerCapabilities();
        c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        c.setCompletionProvider(new CompletionOptions(false, List.of("[", " ", "-")));
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setDocumentHighlightProvider(true);
        c.setRenameProvider(new RenameOptions(true));
        c.setDocumentSymbolProvider(true);
        c.setWorkspaceSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setSelectionRangeProvider(true);
        c.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(SemanticTokensProvider.LEGEND, true, false));
        c.setDocumentFormattingProvider(true);
        c.setDocumentRangeFormattingProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite,
                CodeActionProvider.FIX_ALL, CodeActionProvider.SORT)));
        c.setCodeLensProvider(new CodeLensOptions(false));
        return c;
    }

    private static String version() {
        String v = CspecLanguageServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        stopWarmUp();
        publisher.shutdown();
        requests.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exit.accept(shutdownRequested ? ExitCodes.SERVER_SHUT_DOWN : ExitCodes.SERVER_EXIT_WITHOUT_SHUTDOWN);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
