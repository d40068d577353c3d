package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Each feature at a $0 cursor in a fixture, answered through the protocol. */
class FeatureTest extends ServerTest {
    private String open(Cursor cursor) {
        return lsp.open(root.resolve("contract.cspec"), cursor.text());
    }

    private List<String> completionLabels(Cursor cursor) {
        String uri = open(cursor);
        var result = LspHarness.get(lsp.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), cursor.position())));
        return result.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void completesBodyKeywordsAtTheStartOfALineInASection() {
        String text = Fixtures.read("contract.cspec").replace("    will MON-3", "    s$0\n    will MON-3");
        List<String> labels = completionLabels(Cursor.of(text));
        assertTrue(labels.containsAll(List.of("must", "should", "may", "will", "section", "sla", "clause")), labels.toString());
    }

    @Test
    void completesTheNextFreeRequirementIdAfterAModality() {
        String text = Fixtures.read("contract.cspec").replace("    will MON-3", "    must $0\n    will MON-3");
        assertEquals(List.of("MON-11"), completionLabels(Cursor.of(text)));
    }

    @Test
    void completesIdsInsideABracket() {
        String text = Fixtures.read("contract.cspec").replace("as [MON-1] requires", "as [MO$0 requires");
        List<String> labels = completionLabels(Cursor.of(text));
        assertTrue(labels.containsAll(List.of("MON-1", "MON-2", "MON-10", "services", "incident-handling", "SLA-1")), labels.toString());
    }

    @Test
    void completesDefinedTermsInProse() {
        String text = Fixtures.read("contract.cspec").replace("keep Client Data in Canada", "keep Cli$0 in Canada");
        assertEquals(List.of("Security Incident", "Client Data"), completionLabels(Cursor.of(text)));
    }

    @Test
    void completesRuleIdsInASuppressionComment() {
        String text = Fixtures.read("contract.cspec").replace("    will MON-3", "    // cspec-disable-next-line vag$0\n    will MON-3");
        List<String> labels = completionLabels(Cursor.of(text));
        assertTrue(labels.contains("vague-term") && labels.contains("wordy"), labels.toString());
    }

    @Test
    void completesPeriodsAfterMeasured() {
        String text = Fixtures.read("contract.cspec").replace("measured monthly", "measured $0");
        assertEquals(List.of("daily", "weekly", "monthly", "quarterly", "annually"), completionLabels(Cursor.of(text)));
    }

    @Test
    void hoverOnAFindingExplainsItsRule() throws Exception {
        Cursor c = Cursor.of(Fixtures.read("contract.cspec").replace("    will MON-3", "    must MON-1$0: The Supplier must log.\n    will MON-3"));
        String uri = open(c);
        lsp.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty(), 10_000);
        String text = LspHarness.get(lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(c.position().getLine(), c.position().getCharacter() - 2)))).getContents().getRight().getValue();
        assertTrue(text.contains("**duplicate-id**") && text.contains("Bids, evaluation sheets and service reports cite"), text);
    }

    @Test
    void hoverOnAReferenceShowsTheReferencedRequirement() {
        Cursor c = Fixtures.cursorAt("contract.cspec", "[MON-1]", 2);
        Hover hover = hover(c);
        assertTrue(hover.getContents().getRight().getValue().contains("The Supplier must report every Security Incident"),
                hover.getContents().getRight().getValue());
    }

    @Test
    void hoverOnADefinedTermShowsItsDefinition() {
        Cursor c = Fixtures.cursorAt("contract.cspec", "Client Data in Canada", 3);
        assertTrue(hover(c).getContents().getRight().getValue().contains("all data that the Client provides"));
    }

    @Test
    void hoverOnAvailabilityShowsAllowedDowntime() {
        Cursor c = Fixtures.cursorAt("contract.cspec", "99.9%", 1);
        String text = hover(c).getContents().getRight().getValue();
        assertTrue(text.contains("43 minutes 12 seconds") && text.contains("per month"), text);
    }

    @Test
    void hoverOnADurationShowsMinutesOrBusinessHours() {
        assertTrue(hover(Fixtures.cursorAt("contract.cspec", "4 hours", 1)).getContents().getRight().getValue()
                .contains("240 minutes"));
        assertTrue(hover(Fixtures.cursorAt("contract.cspec", "3 business days", 1)).getContents().getRight().getValue()
                .contains("24 business hours"));
    }

    private Hover hover(Cursor c) {
        String uri = open(c);
        Hover hover = LspHarness.get(lsp.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), c.position())));
        assertNotNull(hover, "no hover at " + c.position());
        return hover;
    }

    @Test
    void definitionOfAReferenceIsTheRequirementId() {
        Cursor c = Fixtures.cursorAt("contract.cspec", "[MON-1]", 3);
        String uri = open(c);
        List<? extends Location> found = LspHarness.get(lsp.server.getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(uri), c.position()))).getLeft();
        assertEquals(List.of(new Location(uri, new Range(new Position(13, 9), new Position(13, 14)))), found);
    }

    @Test
    void referencesAndHighlightsOfADefinedTermIncludeItsUses() {
        Cursor c = Fixtures.cursorAt("contract.cspec", "\"Client Data\" means", 2);
        String uri = open(c);
        ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uri), c.position(), new ReferenceContext(true));
        List<? extends Location> refs = LspHarness.get(lsp.server.getTextDocumentService().references(params));
        assertEquals(List.of(8, 9, 16), refs.stream().map(l -> l.getRange().getStart().getLine()).toList());
        List<? extends DocumentHighlight> highlights = LspHarness.get(lsp.server.getTextDocumentService()
                .documentHighlight(new DocumentHighlightParams(new TextDocumentIdentifier(uri), c.position())));
        assertEquals(3, highlights.size());
    }

    @Test
    void documentSymbolsListSectionsRequirementsAndSlas() {
        String uri = open(Cursor.of("$0" + Fixtures.read("contract.cspec")));
        var symbols = LspHarness.get(lsp.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
        List<String> top = symbols.stream().map(e -> e.getRight().getName()).toList();
        assertEquals(List.of("Managed SOC Services", "definitions", "services", "service-levels"), top);
        DocumentSymbol services = symbols.get(2).getRight();
        assertEquals(List.of("MON-1", "MON-10", "MON-2", "MON-3"), services.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals("should", services.getChildren().get(1).getDetail());
        assertFalse(symbols.get(3).getRight().getChildren().isEmpty());
    }
}
