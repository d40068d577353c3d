package cspec.core.drafting;

import cspec.core.catalog.Catalog;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Document;
import cspec.core.syntax.Outline;
import cspec.core.text.LineEnding;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a library clause's standard wording into the contract: {@code clause ID (NAME "value")}
 * becomes {@code clause ID "Title" (NAME "value"):} followed by the wording with its placeholders
 * filled. What is signed then no longer changes with a library upgrade, and clause-modified
 * reports any later drift. Used by {@code cspec format --expand-clauses} and as a code action.
 */
public final class ClauseExpansion {
    static final int WIDTH = 92;

    private ClauseExpansion() {
    }

    /** One clause of a document that can be written out, and the edit that does it. */
    public record Expansion(Clause clause, TextEdit edit) {
    }

    /**
     * Every library clause of the document that has no prose of its own, each with the edit that
     * writes out its standard wording (used by {@code format --expand-clauses} for the whole
     * file and by the editor's code action for the clauses under the cursor).
     */
    public static List<Expansion> expansions(SourceText source, Document document, Catalog catalog) {
        if (document == null) {
            return List.of();
        }
        List<Expansion> out = new ArrayList<>();
        for (Outline.Placed<Clause> placed : Outline.of(document).clauses()) {
            expand(source, placed.item(), catalog, document).ifPresent(edit -> out.add(new Expansion(placed.item(), edit)));
        }
        return out;
    }

    /**
     * The edit that expands the clause, or empty when it already has its own prose or no
     * library in the catalog has its ID. The edit keeps every word the user wrote: the header
     * stays as written (a missing title is added from the library), and the arguments stay.
     * The wording names the parties with the contract's role words ({@link RoleWords#of}).
     */
    public static Optional<TextEdit> expand(SourceText source, Clause clause, Catalog catalog, RoleWords roles) {
        return expand(source, clause, catalog, roles, ClauseText.values(clause));
    }

    /** As above, in a document whose header fills placeholders too (the jurisdiction) and names the parties. */
    public static Optional<TextEdit> expand(SourceText source, Clause clause, Catalog catalog, Document document) {
        return expand(source, clause, catalog, RoleWords.of(document), ClauseText.values(clause, document));
    }

    private static Optional<TextEdit> expand(SourceText source, Clause clause, Catalog catalog, RoleWords roles,
            java.util.Map<String, String> values) {
        if (clause.prose() != null) {
            return Optional.empty();
        }
        Optional<Catalog.ClauseEntry> entry = catalog.clause(clause.id().text());
        if (entry.isEmpty() || entry.get().clause().prose() == null) {
            return Optional.empty();
        }
        String header = source.slice(clause.span()).stripTrailing();
        if (clause.title() == null && entry.get().clause().title() != null) {
            int cut = clause.id().span().end() - clause.span().start();
            header = header.substring(0, cut) + " " + ClauseText.quote(entry.get().clause().title().value()) + header.substring(cut);
        }
        String indent = ClauseText.indentAt(source, clause.span().start()) + "    ";
        List<String> wording = ClauseText.filledWording(entry.get(), values, roles);
        String body = ClauseText.wrap(wording, indent, WIDTH);
        String text = header + ":\n" + body.substring(0, body.length() - 1);
        int end = clause.span().start() + source.slice(clause.span()).stripTrailing().length();
        return Optional.of(new TextEdit(new Span(clause.span().start(), end), LineEnding.convert(text, source)));
    }
}
