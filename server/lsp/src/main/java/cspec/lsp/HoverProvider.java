package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RuleDocs;
import cspec.core.editor.Hovers;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * textDocument/hover: the core hover text as Markdown, and over a finding its rule's
 * documentation (docs/rules.md, shipped in the jar); null where there is nothing to say.
 */
final class HoverProvider {
    private HoverProvider() {
    }

    static Hover hover(Analysis analysed, Position position) {
        SourceText source = analysed.document().text();
        int offset = Convert.offset(source, position);
        List<String> parts = new ArrayList<>();
        Span span = null;
        Optional<Hovers.Hover> core = Hovers.at(analysed.index(), offset);
        if (core.isPresent()) {
            parts.add(core.get().markdown());
            span = core.get().span();
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Diagnostic d : analysed.result().diagnostics()) {
            if (d.span().start() <= offset && offset < Math.max(d.span().end(), d.span().start() + 1) && rules.add(d.ruleId())) {
                RuleDocs.of(d.ruleId()).ifPresent(doc -> parts.add("**" + d.ruleId() + "**\n\n" + doc));
                span = span == null ? d.span() : span;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)), Convert.range(source, span));
    }
}
