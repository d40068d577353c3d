package cspec.core.editor;

import cspec.core.catalog.Catalog;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Profile;
import cspec.core.text.Span;

/** A library clause as a completion: its ID, title and standard wording with placeholders as tab stops. */
final class ClauseCandidates {
    private ClauseCandidates() {
    }

    static Candidate of(DocumentIndex index, Catalog.ClauseEntry entry, String indent, Span partial, String defaultProfile) {
        Clause clause = entry.clause();
        String id = clause.id().text();
        String title = clause.title() == null ? null : clause.title().value();
        StringBuilder insert = new StringBuilder(id);
        if (title != null) {
            insert.append(" \"").append(Snippets.escape(title)).append('"');
        }
        StringBuilder doc = new StringBuilder();
        if (clause.prose() != null) {
            RoleWords roles = RoleWords.of(index.analysis().file().document());
            insert.append(":\n").append(indent).append("    ")
                    .append(Snippets.wording(entry.source(), clause.prose(), indent, roles));
            doc.append(Snippets.plainWording(entry.source(), clause.prose(), roles));
        }
        index.profile(defaultProfile)
                .flatMap(p -> Snippets.guidance(p, Profile.Kind.CLAUSE, id))
                .ifPresent(g -> doc.append("\n\n**Guidance:** ").append(g));
        String library = entry.library() == null || entry.library().id() == null ? "library" : entry.library().id().text();
        String detail = (title == null ? id : title) + " (" + library + (entry.builtIn() ? ", built-in" : "") + ")";
        return new Candidate(id, Candidate.Kind.CLAUSE, detail, doc.toString(), insert.toString(), true, partial);
    }
}
