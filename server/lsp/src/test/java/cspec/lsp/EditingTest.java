package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.TextEdit;
import cspec.core.editor.SourceActions;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/** Rename, code actions, code lens and structure requests, checked by applying what comes back. */
class EditingTest extends ServerTest {
    private static String apply(String text, WorkspaceEdit edit, String uri) {
        SourceText source = SourceText.of(text);
        List<TextEdit> core = new ArrayList<>();
        for (org.eclipse.lsp4j.TextEdit e : edit.getChanges().get(uri)) {
            core.add(new TextEdit(Convert.span(source, e.getRange()), e.getNewText()));
        }
        return cspec.core.diagnostic.FixApplier.applyEdits(text, core);
    }

    @Test
    void renamesARequirementIdAndItsReferences() {
        Cursor c = Fixtures.cursorAt("contract.cspec", "must MON-1:", 6);
        String uri = lsp.open(root.resolve("c.cspec"), c.text());
        var prepared = LspHarness.get(lsp.server.getTextDocumentService()
                .prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), c.position())));
        assertEquals("MON-1", prepared.getSecond().getPlaceholder());
        WorkspaceEdit edit = LspHarness.get(lsp.server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(uri), c.position(), "MON-100")));
        String after = apply(c.text(), edit, uri);
        assertTrue(after.contains("must MON-100: The Supplier") && after.contains("as [MON-100] requires"), after);
        assertEquals(2, edit.getChanges().get(uri).size());
    }

    @Test
    void refusesARenameToATakenIdWithAMessage() throws Exception {
        Cursor c = Fixtures.cursorAt("contract.cspec", "must MON-1:", 6);
        String uri = lsp.open(root.resolve("c.cspec"), c.text());
        var answer = lsp.server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(uri), c.position(), "MON-2"));
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> answer.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ResponseErrorException);
        assertTrue(e.getCause().getMessage().contains("`MON-2` is already an ID"), e.getCause().getMessage());
    }

    @Test
    void sortRequirementsPutsIdsInNaturalOrder() {
        String text = Fixtures.read("contract.cspec");
        String uri = lsp.open(root.resolve("c.cspec"), text);
        CodeActionContext context = new CodeActionContext(List.of(), List.of(CodeActionProvider.SORT));
        var actions = LspHarness.get(lsp.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(0, 0)), context)));
        assertEquals(1, actions.size());
        String after = apply(text, actions.get(0).getRight().getEdit(), uri);
        int one = after.indexOf("must MON-1:");
        int two = after.indexOf("should MON-2 ");
        int three = after.indexOf("will MON-3 ");
        int ten = after.indexOf("should MON-10 ");
        assertTrue(one < two && two < three && three < ten, after);
        assertTrue(after.contains("    should MON-10 (weight 10): The Supplier should forward each alert\n"
                + "        within 5 minutes, as [MON-1] requires.\n}"), after);
    }

    @Test
    void libraryClauseCanBeWrittenOutWithItsPlaceholderValues() {
        String text = "contract \"X\" {\n    client \"A\"\n}\n\nsection liability \"Liability\" {\n"
                + "    clause limitation-of-liability (cap \"the fees paid in the 6 months before the claim\")\n}\n";
        String uri = lsp.open(root.resolve("c.cspec"), text);
        CodeActionContext context = new CodeActionContext(List.of(), List.of(CodeActionKind.RefactorRewrite));
        var actions = LspHarness.get(lsp.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), new Range(new Position(5, 12), new Position(5, 12)), context)));
        assertEquals(1, actions.size(), actions.toString());
        assertEquals("Write out the standard wording of `limitation-of-liability`", actions.get(0).getRight().getTitle());
        String after = apply(text, actions.get(0).getRight().getEdit(), uri);
        assertTrue(after.contains("the fees paid in the 6 months before the claim"), after);
        assertTrue(after.contains("clause limitation-of-liability") && after.indexOf(':', after.indexOf("clause ")) > 0, after);
    }

    @Test
    void everyFindingOffersDisableForThisLineAndFixesApply() throws Exception {
        String text = "// cspec-disable-next-line vague-tem\n" + Fixtures.read("contract.cspec");
        String uri = lsp.open(root.resolve("c.cspec"), text);
        lsp.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty(), 10_000);
        var actions = LspHarness.get(lsp.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), new Range(new Position(0, 30), new Position(0, 30)), new CodeActionContext(List.of()))));
        List<String> titles = actions.stream().map(a -> a.getRight().getTitle()).toList();
        assertTrue(titles.containsAll(List.of("Change to `vague-term`", "Disable unknown-rule for this line", "Fix all safe problems")), titles.toString());
        CodeAction change = actions.stream().map(a -> a.getRight()).filter(a -> a.getTitle().startsWith("Change to")).findFirst().orElseThrow();
        assertTrue(apply(text, change.getEdit(), uri).startsWith("// cspec-disable-next-line vague-term\n"));
        CodeAction disable = actions.stream().map(a -> a.getRight()).filter(a -> a.getTitle().startsWith("Disable")).findFirst().orElseThrow();
        assertTrue(apply(text, disable.getEdit(), uri).startsWith("// cspec-disable-next-line unknown-rule\n// cspec-disable-next-line vague-tem\n"));
    }

    @Test
    void codeLensSummarisesTheContract() throws Exception {
        String uri = lsp.open(root.resolve("c.cspec"), Fixtures.read("contract.cspec"));
        var lenses = LspHarness.get(lsp.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
        assertEquals(1, lenses.size());
        assertEquals(0, lenses.get(0).getRange().getStart().getLine());
        assertEquals("2 mandatory · 2 rated (weight 15) · 1 future · 0 errors, 0 warnings", lenses.get(0).getCommand().getTitle());
        // The command carries the counts by modality and by severity that the VS Code extension shows on a click;
        // the findings counted are the ones the editor was sent.
        var counts = com.google.gson.JsonParser.parseString(lenses.get(0).getCommand().getArguments().get(0).toString()).getAsJsonObject();
        assertEquals(uri, counts.get("uri").getAsString());
        assertEquals("{\"must\":2,\"should\":2,\"may\":0,\"will\":1,\"option\":0,\"question\":0}", counts.get("requirements").toString());
        assertEquals("15", counts.get("totalWeight").getAsString());
        var published = lsp.client.awaitDiagnostics(uri, x -> true, 10_000).getDiagnostics();
        var findings = counts.getAsJsonObject("findings");
        String[] severities = {"error", "warning", "information", "hint"};
        for (int i = 0; i < severities.length; i++) {
            int severity = i + 1;
            assertEquals(published.stream().filter(d -> d.getSeverity().getValue() == severity).count(),
                    findings.get(severities[i]).getAsLong(), severities[i] + " in " + counts);
        }
    }

    @Test
    void foldsBlocksAndMultiLineProse() {
        String uri = lsp.open(root.resolve("c.cspec"), Fixtures.read("contract.cspec"));
        List<FoldingRange> folds = LspHarness.get(lsp.server.getTextDocumentService()
                .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
        List<String> lines = folds.stream().map(f -> f.getStartLine() + "-" + f.getEndLine()).sorted().toList();
        assertTrue(lines.containsAll(List.of("0-5", "7-10", "12-18", "14-15", "20-31", "21-30")), lines.toString());
    }

    @Test
    void selectionRangesGrowFromWordToDocument() {
        Cursor c = Fixtures.cursorAt("contract.cspec", "forward each alert", 3);
        String uri = lsp.open(root.resolve("c.cspec"), c.text());
        List<SelectionRange> ranges = LspHarness.get(lsp.server.getTextDocumentService()
                .selectionRange(new SelectionRangeParams(new TextDocumentIdentifier(uri), List.of(c.position()))));
        List<Range> chain = new ArrayList<>();
        for (SelectionRange r = ranges.get(0); r != null; r = r.getParent()) {
            chain.add(r.getRange());
        }
        assertEquals(new Range(new Position(14, 51), new Position(14, 58)), chain.get(0), "the word");
        assertEquals(new Position(0, 0), chain.get(chain.size() - 1).getStart(), "the whole document");
        assertTrue(chain.size() >= 4, chain.toString());
    }

    @Test
    void semanticTokensMarkModalitiesByStrength() {
        String uri = lsp.open(root.resolve("c.cspec"), Fixtures.read("contract.cspec"));
        List<Integer> data = LspHarness.get(lsp.server.getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))).getData();
        int line = 0;
        int col = 0;
        List<String> modalities = new ArrayList<>();
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            col = data.get(i) == 0 ? col + data.get(i + 1) : data.get(i + 1);
            if (SemanticTokensProvider.TYPES.get(data.get(i + 3)).equals("modifier")) {
                int bits = data.get(i + 4);
                modalities.add(line + ":" + col + ":" + SemanticTokensProvider.MODIFIERS.get(Integer.numberOfTrailingZeros(bits)));
            }
        }
        assertEquals(List.of("13:4:mandatory", "14:4:rated", "16:4:rated", "17:4:future", "29:8:mandatory"), modalities);
        assertEquals(cspec.core.editor.SemanticToken.Type.values().length, SemanticTokensProvider.TYPES.size());
    }
}
