package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.editor.Hovers;
import cspec.core.text.SourceText;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/** textDocument/hover: the core hover text as Markdown; null where there is nothing to say. */
final class HoverProvider {
    private HoverProvider() {
    }

    static Hover hover(Analysis analysed, Position position) {
        SourceText source = analysed.document().text();
        return Hovers.at(analysed.index(), Convert.offset(source, position))
                .map(h -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, h.markdown()), Convert.range(source, h.span())))
                .orElse(null);
    }
}
