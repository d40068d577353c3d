package cspec.lsp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import cspec.core.Cancellation;
import cspec.core.state.Analysis;
import cspec.core.state.Document;
import cspec.core.state.WorkspaceState;
import cspec.core.workspace.FileSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * The server's handling of one open document, fuzzed: edits as an editor sends them (any
 * range, valid or not, any version) and then every feature at any place. An edit is applied
 * exactly as the protocol says (checked against a splice written here from the protocol's
 * wording) or refused as out of step, and only when it truly is; no feature throws (a refusal
 * such as a rename to a taken name aside); every range sent back lies inside the document.
 * Plain {@code mvn verify} replays the inputs kept under {@code DocumentFuzzTestInputs/}.
 */
class DocumentFuzzTest {
    private static final Path PATH = Path.of("/nowhere/fuzz/contract.cspec");
    private static final String URI = PATH.toUri().toString();
    private static final List<String> SEEDS = seeds();
    private static final String[] PIECES = {"\n", "\r\n", "\r", "    ", "{", "}", ":", "\"", "[MON-1]", "must A-1: ",
        "section s \"S\" {\n", "clause ", "\uD83D\uDE00", "\uD83D", "\u00E9", "// cspec-disable-next-line vague-term\n"};

    @FuzzTest(maxDuration = "5m")
    void editsAndRequestsOnAnOpenDocument(FuzzedDataProvider data) {
        WorkspaceState state = new WorkspaceState(FileSource.none());
        OpenDocument document = OpenDocument.of(state.open(URI, PATH, 1, SEEDS.get(data.consumeInt(0, SEEDS.size() - 1))));
        int changes = data.consumeInt(0, 6);
        for (int i = 0; i < changes; i++) {
            int version = data.consumeBoolean() ? document.version() + 1 : data.consumeInt(-1, document.version() + 1);
            TextDocumentContentChangeEvent change = change(document.text().text(), data);
            String expected = ProtocolSplice.apply(document.text().text(), change);
            boolean usable = expected != null && version > document.version();
            try {
                OpenDocument next = document.changed(version, List.of(change));
                check(usable, "applied an unusable change " + change + " at version " + version);
                check(next.text().text().equals(expected), "the change " + change + " gave another text than the protocol says");
                document = next;
            } catch (OpenDocument.OutOfStep e) {
                check(!usable, "refused a usable change " + change + ": " + e.getMessage());
                return; // the server drops an out-of-step document: nothing more is asked of it
            }
        }
        state.change(URI, document.version(), document.text());
        askEverything(state, data);
    }

    /** Every feature at one fuzzed place and range; each range sent back must lie in the document. */
    private static void askEverything(WorkspaceState state, FuzzedDataProvider data) {
        Analysis analysed = state.analysis(URI, Cancellation.NEVER).orElseThrow();
        Document document = analysed.document();
        String text = document.text().text();
        Position at = position(text, data);
        Range range = new Range(position(text, data), position(text, data));
        List<Range> sent = new ArrayList<>();
        for (cspec.core.diagnostic.Diagnostic d : analysed.result().diagnostics()) {
            sent.add(Convert.diagnostic(document.text(), URI, d, null, name -> java.util.Optional.empty()).getRange());
        }
        for (CompletionItem item : CompletionProvider.complete(analysed, at, data.consumeBoolean()).getItems()) {
            sent.add(item.getTextEdit().getLeft().getRange());
        }
        var hover = HoverProvider.hover(analysed, at);
        if (hover != null && hover.getRange() != null) {
            sent.add(hover.getRange());
        }
        NavigationProvider.definition(analysed, at).stream().filter(l -> l.getUri().equals(URI)).forEach(l -> sent.add(l.getRange()));
        NavigationProvider.references(analysed, at, true).stream().filter(l -> l.getUri().equals(URI))
                .forEach(l -> sent.add(l.getRange()));
        NavigationProvider.highlights(analysed, at).forEach(h -> sent.add(h.getRange()));
        StructureProvider.symbols(analysed).forEach(s -> symbolRanges(s, sent));
        StructureProvider.selection(analysed, List.of(at)).forEach(s -> {
            for (var r = s; r != null; r = r.getParent()) {
                sent.add(r.getRange());
            }
        });
        StructureProvider.folding(analysed).forEach(f -> sent.add(new Range(new Position(f.getStartLine(), 0),
                new Position(f.getEndLine(), 0))));
        SemanticTokensProvider.full(analysed);
        CodeLensProvider.lenses(analysed).forEach(l -> sent.add(l.getRange()));
        FormattingProvider.document(document).forEach(e -> sent.add(e.getRange()));
        FormattingProvider.range(document, range).forEach(e -> sent.add(e.getRange()));
        CodeActionProvider.actions(analysed, range, new CodeActionContext(List.of()), null).stream()
                .filter(a -> a.isRight() && a.getRight().getEdit() != null)
                .flatMap(a -> a.getRight().getEdit().getChanges().getOrDefault(URI, List.of()).stream())
                .forEach(e -> sent.add(e.getRange()));
        try {
            RenameProvider.prepare(analysed, at);
            var rename = RenameProvider.rename(analysed, at, "NEW-1");
            if (rename != null) {
                rename.getChanges().getOrDefault(URI, List.of()).forEach(e -> sent.add(e.getRange()));
            }
        } catch (ResponseErrorException refusal) {
            // A rename the user is told is not possible here: an answer, not a failure.
        }
        for (Range r : sent) {
            check(ProtocolSplice.inside(text, r), "a range outside the document was sent back: " + r);
        }
    }

    private static void symbolRanges(org.eclipse.lsp4j.DocumentSymbol symbol, List<Range> into) {
        into.add(symbol.getRange());
        into.add(symbol.getSelectionRange());
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> symbolRanges(child, into));
        }
    }

    /** An edit as editors send them, or as a confused one might: any place, in range or not. */
    private static TextDocumentContentChangeEvent change(String text, FuzzedDataProvider data) {
        String inserted = data.consumeBoolean() ? PIECES[data.consumeInt(0, PIECES.length - 1)] : data.consumeString(16);
        if (data.consumeInt(0, 7) == 0) {
            return new TextDocumentContentChangeEvent(inserted);
        }
        return new TextDocumentContentChangeEvent(new Range(position(text, data), position(text, data)), inserted);
    }

    /** Mostly a place in the text, sometimes one just outside it (a negative or past-the-end line or character). */
    private static Position position(String text, FuzzedDataProvider data) {
        int lines = ProtocolSplice.lineCount(text);
        int line = data.consumeInt(-1, lines);
        int character = data.consumeInt(-1, 120);
        return new Position(line, character);
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }

    /** This module's fixture, and the repository's samples and rule fixtures (small, so fuzzing runs fast). */
    private static List<String> seeds() {
        List<String> texts = new ArrayList<>(List.of(Fixtures.read("contract.cspec")));
        String root = System.getenv("CSPEC_REPO_ROOT");
        Path repo = root == null ? Path.of("../..") : Path.of(root);
        for (Path folder : List.of(repo.resolve("samples"), repo.resolve("server/core/src/test/resources/fixtures"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".cspec")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
