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
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** textDocument/completion: core candidates as completion items with text edits. */
final class CompletionProvider {
    private CompletionProvider() {
    }

    static CompletionList complete(Analysis analysed, Position position) {
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
            item.setTextEdit(Either.forLeft(new TextEdit(Convert.range(source, c.replace()), c.insertText())));
            item.setInsertTextFormat(c.snippet() ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
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
