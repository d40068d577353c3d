package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.editor.Candidate;
import cspec.core.editor.Completion;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * textDocument/completion: core candidates as completion items with text edits. An editor that
 * declares snippet support gets snippets with tab stops; any other gets one line of plain text,
 * since it would insert {@code ${1:...}} literally. The text is already indented for its line,
 * so editors are asked to insert it as it is.
 */
final class CompletionProvider {
    private CompletionProvider() {
    }

    static CompletionList complete(Analysis analysed, Position position, boolean snippets) {
        SourceText source = analysed.document().text();
        int offset = Convert.offset(source, position);
        String profile = analysed.workspace().config().defaultProfile();
        List<CompletionItem> items = new ArrayList<>();
        int rank = 0;
        for (Candidate c : Completion.at(analysed.index(), offset, profile)) {
            CompletionItem item = new CompletionItem(c.label());
            item.setKind(kind(c.kind()));
            item.setDetail(c.detail());
            if (c.documentation() != null && !c.documentation().isEmpty()) {
                item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, c.documentation()));
            }
            boolean snippet = c.snippet() && snippets;
            String text = snippet ? c.insertText() : c.plainText();
            item.setTextEdit(Either.forLeft(new TextEdit(Convert.range(source, c.replace()), text)));
            item.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
            item.setInsertTextMode(InsertTextMode.AsIs);
            item.setFilterText(c.label());
            item.setSortText(String.format("%04d", rank++));
            items.add(item);
        }
        return new CompletionList(false, items);
    }

    private static CompletionItemKind kind(Candidate.Kind kind) {
        return switch (kind) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case SECTION -> CompletionItemKind.Module;
            case CLAUSE -> CompletionItemKind.Snippet;
            case REFERENCE -> CompletionItemKind.Reference;
            case TERM -> CompletionItemKind.Text;
            case VALUE -> CompletionItemKind.Value;
            case RULE -> CompletionItemKind.EnumMember;
            case ID -> CompletionItemKind.Variable;
            case PROFILE -> CompletionItemKind.Module;
        };
    }
}
