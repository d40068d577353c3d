package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a completion inserts depends on what the editor declared: snippets with tab stops for an
 * editor with snippet support, one line of plain text for any other (Emacs without yasnippet
 * inserted `${1:...}` literally, Neovim's omnifunc turned line breaks into NULs).
 */
class CompletionFormatTest {
    private static final Cursor CLAUSE = Cursor.of("contract \"T\" {\n    client \"A\"\n    provider \"B\"\n}\n\n"
            + "section liability \"Liability\" {\n    clause limi$0\n}\n");

    @TempDir
    Path root;

    private CompletionItem clauseCompletion(ClientCapabilities capabilities) throws Exception {
        try (LspHarness lsp = new LspHarness(root, capabilities)) {
            String uri = lsp.open(root.resolve("c.cspec"), CLAUSE.text());
            var result = LspHarness.get(lsp.server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), CLAUSE.position())));
            return result.getRight().getItems().stream().filter(i -> i.getLabel().equals("limitation-of-liability"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void anEditorWithoutSnippetsGetsOnePlainLine() throws Exception {
        CompletionItem item = clauseCompletion(new ClientCapabilities());
        assertEquals(InsertTextFormat.PlainText, item.getInsertTextFormat());
        assertEquals("limitation-of-liability", item.getTextEdit().getLeft().getNewText());
    }

    @Test
    void anEditorWithSnippetsGetsTheWordingWithTabStopsIndentedForItsLine() throws Exception {
        CompletionItem item = clauseCompletion(snippetClient());
        String text = item.getTextEdit().getLeft().getNewText();
        assertEquals(InsertTextFormat.Snippet, item.getInsertTextFormat());
        assertEquals(InsertTextMode.AsIs, item.getInsertTextMode(), "the text is indented already; the editor must not indent it again");
        assertTrue(text.startsWith("limitation-of-liability \"Limitation of Liability\":\n        Each party's total liability"), text);
        assertTrue(text.contains("${1:the fees paid in the 12 months before the claim}"), text);
        assertFalse(text.contains("\t"), text);
    }

    private static ClientCapabilities snippetClient() {
        CompletionItemCapabilities item = new CompletionItemCapabilities();
        item.setSnippetSupport(true);
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        textDocument.setCompletion(new CompletionCapabilities(item));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(textDocument);
        return capabilities;
    }
}
