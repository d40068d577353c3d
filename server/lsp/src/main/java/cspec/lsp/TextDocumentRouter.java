package cspec.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import cspec.core.state.Analysis;
import cspec.core.state.WorkspaceState;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * textDocument/*: routing only. Notifications update the open documents on the reader thread (a
 * string splice) and leave analysis to the debounced publisher; each request is one provider call
 * run through {@link Requests}.
 */
final class TextDocumentRouter implements TextDocumentService {
    private final WorkspaceState state;
    private final DiagnosticsPublisher publisher;
    private final Requests requests;
    private final Supplier<ClientSettings> settings;
    private final Supplier<LanguageClient> client;
    private volatile boolean clientSnippets;

    TextDocumentRouter(WorkspaceState state, DiagnosticsPublisher publisher, Requests requests,
            Supplier<ClientSettings> settings, Supplier<LanguageClient> client) {
        this.state = state;
        this.client = client;
        this.publisher = publisher;
        this.requests = requests;
        this.settings = settings;
    }

    /** Whether the editor declared completionItem.snippetSupport; without it completions are plain text. */
    void setClientSnippets(boolean supported) {
        clientSnippets = supported;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var doc = params.getTextDocument();
        state.open(doc.getUri(), Uris.path(doc.getUri()).orElse(null), doc.getVersion(), doc.getText());
        publisher.schedule(doc.getUri());
    }

    /** The new text goes into the state, which says whether other documents read this one. */
    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        state.document(uri).ifPresent(d -> {
            OpenDocument changed;
            try {
                changed = OpenDocument.of(d).changed(params.getTextDocument().getVersion(), params.getContentChanges());
            } catch (OpenDocument.OutOfStep e) {
                stopChecking(uri, e.getMessage());
                return;
            }
            boolean othersRead = state.change(uri, changed.version(), changed.text());
            publisher.schedule(uri);
            if (othersRead) {
                publisher.scheduleAllExcept(uri);
            }
        });
    }

    /**
     * The editor's text and the server's have parted, and LSP has no way to ask for the text
     * again: the document is dropped (so no diagnostic, hover or edit speaks of a text the editor
     * does not have, and later changes to it are ignored), its diagnostics are cleared, and the
     * user is asked once to reopen it, which starts afresh.
     */
    private void stopChecking(String uri, String why) {
        state.close(uri);
        publisher.clear(uri);
        String name = Uris.path(uri).map(p -> String.valueOf(p.getFileName())).orElse(uri);
        LanguageClient c = client.get();
        ServerLog.warning(c, "stopped checking " + uri + ": " + why + ".");
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Warning, "cspec lost track of the text of " + name
                    + " and stopped checking it. Close and reopen the file to check it again."));
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        state.close(uri);
        publisher.clear(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The text is already current through didChange; dependents re-check on watched-file events.
    }

    /**
     * Runs a feature on the analysis of the document's latest version; no open document, no
     * answer. A request the editor cancels stops waiting for the analysis.
     */
    private <T> CompletableFuture<T> on(String feature, String uri, T none, Function<Analysis, T> work) {
        return requests.run(feature, cancel -> {
            var analysed = state.analysis(uri, () -> isCancelled(cancel));
            cancel.checkCanceled();
            return analysed.isEmpty() ? none : work.apply(analysed.get());
        });
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        // Completion needs names, not findings: right after an edit it answers from the parse.
        String uri = params.getTextDocument().getUri();
        return requests.run("completion", cancel -> state.answerFromNames(uri, () -> isCancelled(cancel),
                        a -> Either.<List<CompletionItem>, CompletionList>forRight(CompletionProvider.complete(a, params.getPosition(), clientSnippets)))
                .orElse(Either.forRight(new CompletionList(List.of()))));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        // Names and times answer from the parse right after an edit; findings join once the version is checked.
        String uri = params.getTextDocument().getUri();
        return requests.run("hover", cancel -> state.answerFromNames(uri, () -> isCancelled(cancel),
                a -> HoverProvider.hover(a, params.getPosition())).orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return on("definition", params.getTextDocument().getUri(), Either.forLeft(List.of()),
                a -> Either.forLeft(NavigationProvider.definition(a, params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean withDeclaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return on("references", params.getTextDocument().getUri(), List.of(),
                a -> NavigationProvider.references(a, params.getPosition(), withDeclaration));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return on("documentHighlight", params.getTextDocument().getUri(), List.of(),
                a -> NavigationProvider.highlights(a, params.getPosition()));
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return on("prepareRename", params.getTextDocument().getUri(), null,
                a -> Either3.forSecond(RenameProvider.prepare(a, params.getPosition())));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return on("rename", params.getTextDocument().getUri(), null,
                a -> RenameProvider.rename(a, params.getPosition(), params.getNewName()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return on("documentSymbol", params.getTextDocument().getUri(), List.of(),
                a -> StructureProvider.symbols(a).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return on("foldingRange", params.getTextDocument().getUri(), List.of(), StructureProvider::folding);
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return on("selectionRange", params.getTextDocument().getUri(), List.of(),
                a -> StructureProvider.selection(a, params.getPositions()));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return on("semanticTokens", params.getTextDocument().getUri(), new SemanticTokens(List.of()),
                SemanticTokensProvider::full);
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        return requests.run("formatting", cancel -> state.document(uri).map(FormattingProvider::document).orElse(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        return requests.run("rangeFormatting", cancel -> state.document(uri)
                .map(d -> FormattingProvider.range(d, params.getRange())).orElse(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return on("codeAction", params.getTextDocument().getUri(), List.of(),
                a -> CodeActionProvider.actions(a, params.getRange(), params.getContext(), settings.get().docsBase()));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return on("codeLens", params.getTextDocument().getUri(), List.of(), CodeLensProvider::lenses);
    }

    private static boolean isCancelled(org.eclipse.lsp4j.jsonrpc.CancelChecker cancel) {
        try {
            cancel.checkCanceled();
            return false;
        } catch (java.util.concurrent.CancellationException e) {
            return true;
        }
    }
}
