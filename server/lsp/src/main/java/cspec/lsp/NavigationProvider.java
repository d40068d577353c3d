package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.editor.Location;
import cspec.core.editor.Navigation;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Position;

/**
 * Definition, references and document highlight. A built-in has no file to jump to, so it yields
 * no location; its hover shows the wording and points to {@code cspec builtins --export}.
 */
final class NavigationProvider {
    private NavigationProvider() {
    }

    static List<org.eclipse.lsp4j.Location> definition(Analysis analysed, Position position) {
        int offset = Convert.offset(analysed.document().text(), position);
        return locations(analysed, Navigation.definition(analysed.index(), offset));
    }

    static List<org.eclipse.lsp4j.Location> references(Analysis analysed, Position position, boolean withDeclaration) {
        int offset = Convert.offset(analysed.document().text(), position);
        return locations(analysed, Navigation.references(analysed.index(), offset, withDeclaration));
    }

    static List<DocumentHighlight> highlights(Analysis analysed, Position position) {
        SourceText source = analysed.document().text();
        List<DocumentHighlight> out = new ArrayList<>();
        for (Navigation.Highlight h : Navigation.occurrences(analysed.index(), Convert.offset(source, position))) {
            out.add(new DocumentHighlight(Convert.range(source, h.span()),
                    h.declaration() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
        }
        return out;
    }

    private static List<org.eclipse.lsp4j.Location> locations(Analysis analysed, List<Location> found) {
        List<org.eclipse.lsp4j.Location> out = new ArrayList<>();
        for (Location l : found) {
            if (l.builtIn()) {
                continue;
            }
            boolean here = l.source() == analysed.document().text();
            String uri = here ? analysed.document().uri() : Uris.of(l.source().name());
            out.add(new org.eclipse.lsp4j.Location(uri, Convert.range(l.source(), l.span())));
        }
        return out;
    }
}
