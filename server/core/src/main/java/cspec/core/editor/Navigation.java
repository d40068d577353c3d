package cspec.core.editor;

import cspec.core.catalog.Catalog;
import cspec.core.syntax.Clause;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Go to definition, find references and document highlight over one document's names. */
public final class Navigation {
    /** One place a name occurs in this document; declaration is true where it is declared. */
    public record Highlight(Span span, boolean declaration) {
    }

    private Navigation() {
    }

    /**
     * Where the name at the offset is defined: for a reference or a term, its declaration here;
     * for a clause ID, the library clause that supplies its wording; for a profile ID, the profile.
     */
    public static List<Location> definition(DocumentIndex index, int offset) {
        Optional<DocumentIndex.Occurrence> at = index.at(offset);
        if (at.isEmpty()) {
            return List.of();
        }
        Name name = at.get().name();
        Catalog catalog = index.analysis().catalog();
        if (name.kind() == Name.Kind.PROFILE) {
            return catalog.profile(name.text())
                    .filter(e -> e.profile().id() != null)
                    .map(e -> List.of(new Location(e.source(), e.profile().id().span(), e.builtIn())))
                    .orElse(List.of());
        }
        if (at.get().declaration() && isClause(index, at.get())) {
            Optional<Catalog.ClauseEntry> entry = catalog.clause(name.text());
            if (entry.isPresent() && entry.get().source() != index.source()) {
                Clause clause = entry.get().clause();
                return List.of(new Location(entry.get().source(), clause.id().span(), entry.get().builtIn()));
            }
        }
        List<Location> found = new ArrayList<>();
        for (Declaration d : index.declarationsOf(name)) {
            found.add(new Location(index.source(), d.nameSpan(), false));
        }
        return found;
    }

    /** Every place in this document where the name at the offset occurs, in document order. */
    public static List<Highlight> occurrences(DocumentIndex index, int offset) {
        Optional<DocumentIndex.Occurrence> at = index.at(offset);
        if (at.isEmpty()) {
            return List.of();
        }
        Name name = at.get().name();
        List<Highlight> found = new ArrayList<>();
        for (Declaration d : index.declarationsOf(name)) {
            found.add(new Highlight(d.nameSpan(), true));
        }
        for (DocumentIndex.Use u : index.usesOf(name)) {
            found.add(new Highlight(u.span(), false));
        }
        found.sort(Comparator.comparingInt(h -> h.span().start()));
        return found;
    }

    /** References, with or without the declaration itself, as locations in this document. */
    public static List<Location> references(DocumentIndex index, int offset, boolean includeDeclaration) {
        return occurrences(index, offset).stream()
                .filter(h -> includeDeclaration || !h.declaration())
                .map(h -> new Location(index.source(), h.span(), false))
                .toList();
    }

    private static boolean isClause(DocumentIndex index, DocumentIndex.Occurrence at) {
        return index.declarations().stream()
                .anyMatch(d -> d.nameSpan().equals(at.span()) && d.what() == Declaration.What.CLAUSE);
    }
}
