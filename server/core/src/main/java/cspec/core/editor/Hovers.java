package cspec.core.editor;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.catalog.Catalog;
import cspec.core.prose.Glossary;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hover text (Markdown): why a flagged word is a problem and what to write; what a reference,
 * a defined term, a clause ID or a profile ID stands for; what an availability or a duration
 * means in time. Sections are joined when several apply at one place.
 */
public final class Hovers {
    /** Hover text and the span it describes. */
    public record Hover(String markdown, Span span) {
    }

    static final String BUILTIN_NOTE = "Built into cspec: `cspec builtins --export` writes it out as a file you can read and adapt.";

    private Hovers() {
    }

    public static Optional<Hover> at(DocumentIndex index, int offset) {
        List<String> parts = new ArrayList<>();
        Span span = null;
        for (Diagnostic d : index.analysis().diagnostics()) {
            if (d.span().length() > 0 && d.span().start() <= offset && offset < d.span().end()) {
                parts.add("**" + d.ruleId() + "** (" + d.severity().label() + "): " + d.message());
                span = span == null ? d.span() : span;
            }
        }
        Optional<DocumentIndex.Occurrence> name = index.at(offset);
        if (name.isPresent()) {
            String text = nameHover(index, name.get());
            if (text != null) {
                parts.add(text);
                span = name.get().span();
            }
        }
        Optional<Hover> item = ProfileItemHovers.at(index, offset);
        if (item.isPresent()) {
            parts.add(item.get().markdown());
            span = item.get().span();
        }
        Optional<Hover> time = TimeHovers.at(index, offset);
        if (time.isPresent()) {
            parts.add(time.get().markdown());
            span = time.get().span();
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Hover(String.join("\n\n---\n\n", parts), span));
    }

    private static String nameHover(DocumentIndex index, DocumentIndex.Occurrence at) {
        Name name = at.name();
        Catalog catalog = index.analysis().catalog();
        switch (name.kind()) {
            case PROFILE:
                return catalog.profile(name.text()).map(Hovers::profile).orElse(null);
            case TERM:
                return definitionText(index, name.text());
            default:
                break;
        }
        List<Declaration> declared = index.declarationsOf(name);
        Declaration here = declared.stream().filter(d -> d.nameSpan().equals(at.span())).findFirst()
                .orElse(declared.isEmpty() ? null : declared.get(0));
        if (here != null && here.what() == Declaration.What.CLAUSE) {
            Optional<Catalog.ClauseEntry> entry = catalog.clause(name.text());
            if (entry.isPresent()) {
                return libraryClause(entry.get());
            }
        }
        if (here == null) {
            return "`" + name.text() + "` is not declared in this contract.";
        }
        if (here.item() instanceof cspec.core.syntax.SlaLine.SeverityLevel level) {
            return severity(index, level);
        }
        return at.declaration() ? null : describe(index, here);
    }

    /** A declaration's header line and its prose, for a reference's hover and completion documentation. */
    static String describe(DocumentIndex index, Declaration d) {
        StringBuilder out = new StringBuilder("**" + Renaming.describe(d.what()) + " " + d.name().text() + "**");
        Object item = d.item();
        Prose prose = null;
        if (item instanceof Requirement r) {
            out.append(" (").append(r.modality().keyword()).append(')');
            r.sourceRef().ifPresent(ref -> out.append(", source ").append(ref.number().value()));
            prose = r.prose();
        } else if (item instanceof cspec.core.syntax.Background b) {
            b.optionalSourceRef().map(ref -> ", source " + ref.number().value()).ifPresent(out::append);
            prose = b.prose();
        } else if (item instanceof Section s && s.title() != null) {
            out.append(": ").append(s.title().value());
        } else if (item instanceof Sla s && s.title() != null) {
            out.append(": ").append(s.title().value());
        } else if (item instanceof Clause c) {
            out.append(c.title() == null ? "" : ": " + c.title().value());
            prose = c.prose();
        }
        if (prose != null) {
            out.append("\n\n").append(Snippets.plainWording(index.source(), prose));
        }
        return out.toString();
    }

    /** A severity's label, its timers and its definition (its prose), which decides which clocks an incident starts. */
    static String severity(DocumentIndex index, cspec.core.syntax.SlaLine.SeverityLevel level) {
        StringBuilder out = new StringBuilder("**severity " + level.id().text() + "**: " + level.label().value());
        for (cspec.core.syntax.SlaLine.Timer t : level.timers()) {
            out.append(t == level.timers().get(0) ? "\n\n" : " · ").append(t.name().text()).append(" within ")
                    .append(t.duration().canonical());
            if (t.bound() != null) {
                out.append(" or ").append(t.bound().event().value()).append(t.bound().sooner() ? ", whichever is sooner" : ", whichever is later");
            }
        }
        out.append("\n\n").append(level.prose() == null ? "No definition: write what falls under this severity after `:`."
                : "Definition: " + Snippets.plainWording(index.source(), level.prose()));
        return out.toString();
    }

    /** The definition of a term: its prose for a definitions entry, the sentence around it for an inline one. */
    static String definitionText(DocumentIndex index, String term) {
        for (Declaration d : index.declarationsOf(new Name(Name.Kind.TERM, term))) {
            if (d.item() instanceof Definitions.Definition def && def.prose() != null) {
                return "**\"" + term + "\"** means " + Snippets.plainWording(index.source(), def.prose());
            }
            if (d.item() instanceof Glossary.Term) {
                return "**\"" + term + "\"** is defined inline: " + around(index, d.nameSpan());
            }
        }
        return "\"" + term + "\" is a defined term.";
    }

    private static String around(DocumentIndex index, Span span) {
        String text = index.source().text();
        int start = Math.max(0, span.start() - 120);
        int end = Math.min(text.length(), span.end() + 40);
        return "…" + text.substring(start, end).replaceAll("\\s+", " ").strip() + "…";
    }

    private static String libraryClause(Catalog.ClauseEntry entry) {
        Clause clause = entry.clause();
        StringBuilder out = new StringBuilder("**clause " + clause.id().text() + "**");
        if (clause.title() != null) {
            out.append(": ").append(clause.title().value());
        }
        if (entry.library() != null && entry.library().id() != null) {
            out.append(" (library ").append(entry.library().id().text()).append(')');
        }
        if (clause.prose() != null) {
            out.append("\n\nStandard wording:\n\n> ")
                    .append(Snippets.plainWording(entry.source(), clause.prose()).replace("\n", "\n> "));
        }
        if (entry.builtIn()) {
            out.append("\n\n").append(BUILTIN_NOTE);
        }
        return out.toString();
    }

    private static String profile(Catalog.ProfileEntry entry) {
        Profile p = entry.profile();
        long required = p.expectations().stream().filter(e -> e.strength() == Profile.Strength.REQUIRES).count();
        long recommended = p.expectations().size() - required;
        StringBuilder out = new StringBuilder("**profile " + (p.id() == null ? "" : p.id().text()) + "**");
        if (p.title() != null) {
            out.append(": ").append(p.title().value());
        }
        out.append("\n\n").append(required).append(" required and ").append(recommended).append(" recommended items.");
        if (entry.builtIn()) {
            out.append("\n\n").append(BUILTIN_NOTE);
        }
        return out.toString();
    }
}
