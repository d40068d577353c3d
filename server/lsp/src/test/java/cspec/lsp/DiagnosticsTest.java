package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Live diagnostics: published after the debounce, for the latest version only, cleared on close. */
class DiagnosticsTest extends ServerTest {
    private static final String SUPPRESSED = "// cspec-disable-next-line vague-tem\n";

    @Test
    void publishesRuleIdSourceLinkAndUnnecessaryTag() throws Exception {
        String uri = lsp.open(root.resolve("a.cspec"), SUPPRESSED + Fixtures.read("contract.cspec"));
        PublishDiagnosticsParams p = lsp.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty(), 10_000);
        var unknown = p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("unknown-rule")).findFirst().orElseThrow();
        assertEquals("cspec", unknown.getSource());
        assertEquals(new Range(new Position(0, 27), new Position(0, 36)), unknown.getRange());
        // LSP requires codeDescription.href to be a URI; without a configured cspec.docsBase there is none to give.
        assertEquals(null, unknown.getCodeDescription());
        assertEquals(1, p.getVersion());
        String unused = "// cspec-disable-next-line wordy\n";
        String uri2 = lsp.open(root.resolve("b.cspec"), unused + Fixtures.read("contract.cspec"));
        PublishDiagnosticsParams q = lsp.client.awaitDiagnostics(uri2, x -> !x.getDiagnostics().isEmpty(), 10_000);
        var tagged = q.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("unused-suppression")).findFirst().orElseThrow();
        assertEquals(List.of(DiagnosticTag.Unnecessary), tagged.getTags());
    }

    @Test
    void rapidEditsPublishOnlyTheLatestVersion() throws Exception {
        String uri = lsp.open(root.resolve("a.cspec"), Fixtures.read("contract.cspec"));
        lsp.client.awaitDiagnostics(uri, x -> true, 10_000);
        int before = lsp.client.publishedFor(uri).size();
        int last = 0;
        for (int i = 0; i < 5; i++) {
            last = lsp.change(uri, new Range(new Position(0, 0), new Position(0, 0)), i == 4 ? SUPPRESSED : "");
        }
        int expected = last;
        PublishDiagnosticsParams p = lsp.client.awaitDiagnostics(uri, x -> x.getVersion() != null && x.getVersion() == expected, 10_000);
        assertTrue(p.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("unknown-rule")));
        List<PublishDiagnosticsParams> after = lsp.client.publishedFor(uri).subList(before, lsp.client.publishedFor(uri).size());
        assertEquals(List.of(expected), after.stream().map(PublishDiagnosticsParams::getVersion).toList(),
                "edits inside the debounce window are analysed once, at the latest version");
    }

    @Test
    void closingClearsDiagnostics() throws Exception {
        String uri = lsp.open(root.resolve("a.cspec"), SUPPRESSED + Fixtures.read("contract.cspec"));
        lsp.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty(), 10_000);
        lsp.close(uri);
        lsp.client.awaitDiagnostics(uri, x -> x.getDiagnostics().isEmpty(), 10_000);
    }

    @Test
    void clientSettingsChangeSeveritiesAndRecheckOpenDocuments() throws Exception {
        String uri = lsp.open(root.resolve("a.cspec"), SUPPRESSED + Fixtures.read("contract.cspec"));
        lsp.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty(), 10_000);
        JsonObject rules = new JsonObject();
        rules.addProperty("unknown-rule", "off");
        JsonObject cspec = new JsonObject();
        cspec.add("rules", rules);
        lsp.client.settings = cspec;
        lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
        lsp.client.awaitDiagnostics(uri, x -> x.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("unknown-rule")), 10_000);
    }

    @Test
    void settingsThatDidNotChangeRecheckNothing() throws Exception {
        String uri = lsp.open(root.resolve("a.cspec"), SUPPRESSED + Fixtures.read("contract.cspec"));
        lsp.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty(), 10_000);
        Thread.sleep(1_000); // the pull at initialized has been answered and applied
        int before = lsp.client.publishedFor(uri).size();
        lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
        Thread.sleep(1_500); // the debounce is 200 ms: a re-check would have published by now
        assertEquals(before, lsp.client.publishedFor(uri).size(), "the same settings re-checked the document");
        JsonObject cspec = new JsonObject();
        cspec.addProperty("debounce", 150);
        lsp.client.settings = cspec;
        lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
        lsp.client.awaitDiagnostics(uri, x -> lsp.client.publishedFor(uri).size() > before, 10_000);
    }
}
