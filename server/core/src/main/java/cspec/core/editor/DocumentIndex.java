package cspec.core.editor;

import cspec.core.AnalysisResult;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.ProfileChoice;
import cspec.core.prose.Glossary;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Library;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.Str;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names of one analysed document: every declaration, every {@code [reference]}, every use of
 * a defined term, the clause IDs and the profile ID. Navigation, rename, hover and semantic
 * tokens all read it, so they agree on what a name is and where it occurs.
 */
public final class DocumentIndex {
    /** A name written somewhere other than its declaration. */
    public record Use(Name name, Span span) {
    }

    private final AnalysisResult analysis;
    private final Outline outline;
    private final Glossary glossary;
    private final List<Declaration> declarations = new ArrayList<>();
    /** Built on first use: finding every use of every term reads all the prose, which completion never needs. */
    private volatile List<Use> uses;

    private DocumentIndex(AnalysisResult analysis) {
        this.analysis = analysis;
        Document document = analysis.file().document();
        this.outline = document == null ? Outline.empty() : Outline.of(document);
        this.glossary = Glossary.of(source(), document, outline);
        collectDeclarations(document);
    }

    public static DocumentIndex of(AnalysisResult analysis) {
        return new DocumentIndex(analysis);
    }

    public AnalysisResult analysis() {
        return analysis;
    }

    /** The profile the contract follows in this document's catalog; defaultProfile applies when it names none. */
    public Optional<Catalog.ProfileEntry> profile(String defaultProfile) {
        return ProfileChoice.of(analysis.file().document(), defaultProfile).flatMap(c -> c.entry(analysis.catalog()));
    }

    public SourceText source() {
        return analysis.file().source();
    }

    public Outline outline() {
        return outline;
    }

    public Glossary glossary() {
        return glossary;
    }

    public List<Declaration> declarations() {
        return declarations;
    }

    public List<Use> uses() {
        List<Use> known = uses;
        if (known == null) {
            known = List.copyOf(collectUses(analysis.file().document()));
            uses = known;
        }
        return known;
    }

    public Optional<Contract> contract() {
        return analysis.file().document() instanceof Contract c ? Optional.of(c) : Optional.empty();
    }

    public List<Declaration> declarationsOf(Name name) {
        return declarations.stream().filter(d -> d.name().equals(name)).toList();
    }

    public List<Use> usesOf(Name name) {
        return uses().stream().filter(u -> u.name().equals(name)).toList();
    }

    /** The declared or used name whose span holds the offset (a cursor just after a name counts). */
    public Optional<Occurrence> at(int offset) {
        for (Declaration d : declarations) {
            if (d.nameSpan().contains(offset)) {
                return Optional.of(new Occurrence(d.name(), d.nameSpan(), true));
            }
        }
        for (Use u : uses()) {
            if (u.span().contains(offset)) {
                return Optional.of(new Occurrence(u.name(), u.span(), false));
            }
        }
        return Optional.empty();
    }

    /** A name at a place, and whether that place is its declaration. */
    public record Occurrence(Name name, Span span, boolean declaration) {
    }

    private void collectDeclarations(Document document) {
        for (Outline.Placed<Section> s : outline.sections()) {
            declare(Name.Kind.ID, Declaration.What.SECTION, s.item().id(), s.item().span(), s.item());
        }
        for (Outline.Placed<Requirement> r : outline.requirements()) {
            declare(Name.Kind.ID, Declaration.What.REQUIREMENT, r.item().id(), r.item().span(), r.item());
        }
        for (Outline.Placed<cspec.core.syntax.Background> b : outline.backgrounds()) {
            if (b.item().id() != null) {
                declare(Name.Kind.ID, Declaration.What.BACKGROUND, b.item().id(), b.item().span(), b.item());
            }
        }
        for (Outline.Placed<Sla> s : outline.slas()) {
            declare(Name.Kind.ID, Declaration.What.SLA, s.item().id(), s.item().span(), s.item());
            s.item().all(SlaLine.SeverityLevel.class).forEach(level ->
                    declare(Name.Kind.SLA_LEVEL, Declaration.What.SEVERITY, level.id(), level.span(), level));
            s.item().all(SlaLine.Metric.class).forEach(metric ->
                    declare(Name.Kind.SLA_LEVEL, Declaration.What.METRIC, metric.id(), metric.span(), metric));
        }
        for (Outline.Placed<Clause> c : outline.clauses()) {
            declare(Name.Kind.ID, Declaration.What.CLAUSE, c.item().id(), c.item().span(), c.item());
        }
        for (Definitions.Definition definition : outline.definitions()) {
            Span inner = insideQuotes(definition.term());
            declarations.add(new Declaration(new Name(Name.Kind.TERM, definition.term().value()),
                    Declaration.What.TERM, inner, definition.span(), definition));
        }
        for (Glossary.Term term : glossary.terms()) {
            if (term.inline()) {
                declarations.add(new Declaration(new Name(Name.Kind.TERM, term.text()), Declaration.What.TERM,
                        term.definedAt(), term.definedAt(), term));
            }
        }
        if (document instanceof Profile profile && profile.id() != null) {
            declarations.add(new Declaration(new Name(Name.Kind.PROFILE, profile.id().text()),
                    Declaration.What.PROFILE, profile.id().span(), profile.span(), profile));
        }
        if (document instanceof Library library) {
            library.clauses().forEach(c -> declare(Name.Kind.ID, Declaration.What.CLAUSE, c.id(), c.span(), c));
        }
    }

    private void declare(Name.Kind kind, Declaration.What what, Ident id, Span itemSpan, Object item) {
        if (id != null && !id.text().isEmpty()) {
            declarations.add(new Declaration(new Name(kind, id.text()), what, id.span(), itemSpan, item));
        }
    }

    private List<Use> collectUses(Document document) {
        List<Use> uses = new ArrayList<>();
        for (ProseNames.Mention m : ProseNames.references(source(), outline.prose())) {
            uses.add(new Use(new Name(Name.Kind.ID, m.name()), m.span()));
        }
        for (ProseNames.Mention m : ProseNames.termUses(source(), outline.prose(), glossary)) {
            uses.add(new Use(new Name(Name.Kind.TERM, m.name()), m.span()));
        }
        if (document instanceof Contract contract) {
            contract.field(HeaderField.ProfileRef.class).ifPresent(ref -> {
                if (ref.profile() != null) {
                    uses.add(new Use(new Name(Name.Kind.PROFILE, ref.profile().text()), ref.profile().span()));
                }
            });
        }
        return uses;
    }

    /** The span of a string's value, without its quotes. */
    static Span insideQuotes(Str str) {
        Span s = str.span();
        return s.length() >= 2 ? new Span(s.start() + 1, s.end() - 1) : s;
    }
}
