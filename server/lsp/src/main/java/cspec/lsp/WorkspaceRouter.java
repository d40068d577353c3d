package cspec.lsp;

import com.google.gson.JsonElement;
import cspec.core.state.WorkspaceState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * workspace/*: settings (pulled with workspace/configuration, section "cspec"), watched files
 * (a changed library, profile or cspec.json re-checks the open documents), folders, symbols.
 */
final class WorkspaceRouter implements WorkspaceService {
    private final CspecLanguageServer server;
    private final WorkspaceState state;
    private final DiagnosticsPublisher publisher;
    private final Requests requests;
    private final WorkspaceSymbolProvider symbols;
    private final CommandRunner commands;

    WorkspaceRouter(CspecLanguageServer server, WorkspaceState state, DiagnosticsPublisher publisher, Requests requests,
            CommandRunner commands) {
        this.commands = commands;
        this.server = server;
        this.state = state;
        this.publisher = publisher;
        this.requests = requests;
        this.symbols = new WorkspaceSymbolProvider(state);
    }

    /** Asks the client for the "cspec" section; a client without workspace/configuration keeps the defaults. */
    void pullConfiguration() {
        LanguageClient client = server.client();
        if (client == null) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("cspec");
        client.configuration(new ConfigurationParams(List.of(item))).whenComplete((values, error) -> {
            if (error == null && values != null && !values.isEmpty() && values.get(0) instanceof JsonElement) {
                apply(ClientSettings.from(values.get(0)));
            }
        });
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Object settings = params.getSettings();
        if (settings instanceof JsonElement json && json.isJsonObject() && !json.getAsJsonObject().entrySet().isEmpty()) {
            apply(ClientSettings.from(settings));
        } else {
            pullConfiguration();
        }
    }

    private void apply(ClientSettings settings) {
        for (String problem : settings.problems()) {
            ServerLog.info(server.client(), problem);
        }
        // The pull at initialized usually answers what initialize said: re-checking then would
        // cancel the first document's analysis and start it again (its parse, twice).
        if (settings.equals(server.settings())) {
            return;
        }
        server.settings(settings);
        recheckAll();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        List<java.nio.file.Path> changed = new java.util.ArrayList<>();
        params.getChanges().forEach(c -> Uris.path(c.getUri()).ifPresent(changed::add));
        state.filesChanged(changed);
        recheckAll();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        List<java.nio.file.Path> roots = new java.util.ArrayList<>(state.folders());
        params.getEvent().getRemoved().forEach(f -> Uris.path(f.getUri()).ifPresent(roots::remove));
        params.getEvent().getAdded().forEach(f -> Uris.path(f.getUri()).ifPresent(roots::add));
        state.setFolders(roots);
        recheckAll();
    }

    /** The state already knows what went stale; every open document is published again. */
    private void recheckAll() {
        publisher.scheduleAllExcept("");
    }

    /** The shell's extra commands (preview, export), each on the document named by its first argument. */
    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return requests.run("workspace/executeCommand " + params.getCommand(), cancel -> commands.run(params));
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return requests.run("workspace/symbol", cancel -> Either.forRight(symbols.search(params.getQuery(), cancel)));
    }
}
