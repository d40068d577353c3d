package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.Background;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Comment;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Item;
import cspec.core.syntax.Library;
import cspec.core.syntax.Modality;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SourceRef;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.Str;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.grammar.CspecParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns ANTLR's parse tree into cspec's own syntax tree, the one place that sees both. Items
 * left incomplete by a syntax error are dropped (the error is already reported); a section
 * whose header is broken hands its items to its parent so nothing inside it goes unchecked.
 */
final class TreeBuilder {
    private final Leaves leaf;
    private final SlaLineBuilder slaLines;
    private final HeaderBuilder headers;

    TreeBuilder(SourceText source, Offsets offsets, List<Diagnostic> problems, java.util.Set<Integer> textBelowEmptyProse) {
        this.leaf = new Leaves(source, offsets, problems, textBelowEmptyProse);
        this.slaLines = new SlaLineBuilder(leaf);
        this.headers = new HeaderBuilder(leaf, slaLines);
    }

    /** Comment lines found inside prose, which the lexer could not see as comments. */
    List<Comment> proseComments() {
        return leaf.proseComments();
    }

    Document document(CspecParser.FileContext file) {
        CspecParser.DocumentContext document = file.document();
        if (document == null) {
            return null;
        }
        if (document.contract() != null) {
            return contract(document.contract());
        }
        if (document.profile() != null) {
            return profile(document.profile());
        }
        if (document.library() != null) {
            return library(document.library());
        }
        return null;
    }

    private Contract contract(CspecParser.ContractContext ctx) {
        List<HeaderField> fields = new ArrayList<>();
        for (CspecParser.HeaderFieldContext field : ctx.headerField()) {
            HeaderField built = headers.field(field);
            if (built != null) {
                fields.add(built);
            }
        }
        Span header = ctx.RBRACE() != null && Leaves.present(ctx.RBRACE())
                ? leaf.span(ctx.CONTRACT().getSymbol()).union(leaf.span(ctx.RBRACE().getSymbol()))
                : leaf.span(ctx.CONTRACT().getSymbol());
        return new Contract(header, leaf.str(ctx.string()), fields, items(ctx.bodyItem()));
    }

    List<Item> items(List<CspecParser.BodyItemContext> contexts) {
        List<Item> items = new ArrayList<>();
        for (CspecParser.BodyItemContext ctx : contexts) {
            if (ctx.section() != null) {
                section(ctx.section(), items);
            } else {
                Item item = null;
                if (ctx.requirement() != null) {
                    item = requirement(ctx.requirement());
                } else if (ctx.background() != null) {
                    item = background(ctx.background());
                } else if (ctx.sla() != null) {
                    item = sla(ctx.sla());
                } else if (ctx.clause() != null) {
                    item = clause(ctx.clause());
                } else if (ctx.definitions() != null) {
                    item = definitions(ctx.definitions());
                }
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private void section(CspecParser.SectionContext ctx, List<Item> into) {
        List<Item> inner = items(ctx.bodyItem());
        Ident id = leaf.ident(ctx.id());
        Str title = leaf.str(ctx.string());
        if (id == null || title == null) {
            into.addAll(inner);
            return;
        }
        into.add(new Section(leaf.span(ctx), id, title, inner));
    }

    private Definitions definitions(CspecParser.DefinitionsContext ctx) {
        List<Definitions.Definition> entries = new ArrayList<>();
        for (CspecParser.DefinitionContext d : ctx.definition()) {
            Str term = leaf.str(d.string());
            Prose prose = leaf.prose(d.PROSE(), "the definition after `means`");
            if (term != null && term.value().isBlank()) {
                leaf.problem(term.span(), "A definition needs its term between the quotes, as in "
                        + "`\"Security Incident\" means ...`.");
                continue;
            }
            if (term != null && prose != null) {
                entries.add(new Definitions.Definition(leaf.span(d), term, prose));
            }
        }
        return new Definitions(leaf.span(ctx), entries);
    }

    Requirement requirement(CspecParser.RequirementContext ctx) {
        Prose prose = leaf.prose(ctx.PROSE(), "the requirement's text after `:`");
        if (prose == null || ctx.modality() == null || !Leaves.present(ctx.COLON())) {
            return null;
        }
        Modality modality = modality(ctx.modality().getStart().getType());
        List<Requirement.Attribute> attributes = new ArrayList<>();
        if (ctx.attributes() != null) {
            for (CspecParser.AttributeContext a : ctx.attributes().attribute()) {
                Requirement.Attribute built = attribute(a);
                if (built != null) {
                    attributes.add(built);
                }
            }
        }
        Span header = leaf.span(ctx.getStart()).union(leaf.span(ctx.COLON().getSymbol()));
        return new Requirement(leaf.span(ctx.getStart()).union(prose.span()), header, modality, leaf.span(ctx.modality()), leaf.ident(ctx.id()), attributes, prose);
    }

    /** By token type, since a misspelt keyword the parser corrected keeps its original text. */
    private static Modality modality(int tokenType) {
        return switch (tokenType) {
            case CspecParser.MUST -> Modality.MUST;
            case CspecParser.SHOULD -> Modality.SHOULD;
            case CspecParser.MAY -> Modality.MAY;
            case CspecParser.OPTION -> Modality.OPTION;
            case CspecParser.QUESTION -> Modality.QUESTION;
            default -> Modality.WILL;
        };
    }

    private Background background(CspecParser.BackgroundContext ctx) {
        Prose prose = leaf.prose(ctx.PROSE(), "the background text after `:`");
        if (prose == null) {
            return null;
        }
        SourceRef ref = null;
        if (ctx.REF() != null && ctx.string() != null && leaf.str(ctx.string()) != null) {
            ref = new SourceRef(leaf.span(ctx.REF().getSymbol()).union(leaf.span(ctx.string())), leaf.str(ctx.string()));
        }
        Span keyword = leaf.span(ctx.BACKGROUND().getSymbol());
        return new Background(keyword.union(prose.span()), keyword, leaf.ident(ctx.id()), ref, prose);
    }

    private Requirement.Attribute attribute(CspecParser.AttributeContext ctx) {
        if (ctx instanceof CspecParser.WeightAttributeContext w && Leaves.present(w.NUMBER())) {
            return new Requirement.Attribute.Weight(leaf.span(ctx), new BigDecimal(w.NUMBER().getText()));
        }
        if (ctx instanceof CspecParser.RefAttributeContext r) {
            Str number = leaf.str(r.string());
            return number == null ? null : new Requirement.Attribute.Ref(leaf.span(ctx), new SourceRef(leaf.span(ctx), number));
        }
        if (ctx instanceof CspecParser.ByAttributeContext b) {
            LocalDate date = leaf.date(b.DATE());
            return date == null ? null : new Requirement.Attribute.By(leaf.span(ctx), date);
        }
        return null;
    }

    private Sla sla(CspecParser.SlaContext ctx) {
        Ident id = leaf.ident(ctx.id());
        Str title = leaf.str(ctx.string());
        if (id == null || title == null) {
            return null;
        }
        List<SlaItem> items = new ArrayList<>();
        for (CspecParser.SlaItemContext item : ctx.slaItem()) {
            SlaItem built = item.requirement() != null ? requirement(item.requirement()) : slaLines.line(item);
            if (built != null) {
                items.add(built);
            }
        }
        return new Sla(leaf.span(ctx), id, title, items);
    }

    Clause clause(CspecParser.ClauseContext ctx) {
        Ident id = leaf.ident(ctx.id());
        if (id == null) {
            return null;
        }
        List<Clause.Argument> arguments = new ArrayList<>();
        for (CspecParser.ClauseArgumentsContext group : ctx.clauseArguments()) {
            for (CspecParser.ClauseArgumentContext a : group.clauseArgument()) {
                Ident name = leaf.ident(a.id(0));
                if (name == null) {
                    continue;
                }
                if (a.string() != null && leaf.str(a.string()) != null) {
                    Str value = leaf.str(a.string());
                    arguments.add(new Clause.Argument(leaf.span(a), name, value.value(), value.span(), true));
                } else if (a.id().size() > 1 && leaf.ident(a.id(1)) != null) {
                    Ident value = leaf.ident(a.id(1));
                    arguments.add(new Clause.Argument(leaf.span(a), name, value.text(), value.span(), false));
                }
            }
        }
        Prose prose = Leaves.present(ctx.COLON()) ? leaf.prose(ctx.PROSE(), "the clause's text after `:`") : null;
        if (Leaves.present(ctx.COLON()) && prose == null) {
            return null;
        }
        Span span = prose != null ? leaf.span(ctx.getStart()).union(prose.span()) : leaf.span(ctx);
        return new Clause(span, id, leaf.str(ctx.string()), arguments, prose);
    }

    private Profile profile(CspecParser.ProfileContext ctx) {
        Ident id = leaf.ident(ctx.id());
        Str title = leaf.str(ctx.string());
        List<Profile.Expectation> expectations = new ArrayList<>();
        for (CspecParser.ExpectationContext e : ctx.expectation()) {
            Profile.Expectation built = expectation(e);
            if (built != null) {
                expectations.add(built);
            }
        }
        return new Profile(leaf.span(ctx), id, title, expectations);
    }

    private Profile.Expectation expectation(CspecParser.ExpectationContext ctx) {
        Profile.Strength strength = ctx.strength.getType() == CspecParser.REQUIRES
                ? Profile.Strength.REQUIRES : Profile.Strength.RECOMMENDS;
        Prose guidance = Leaves.present(ctx.COLON()) ? leaf.prose(ctx.PROSE(), "the guidance after `:`") : null;
        Span span = guidance != null ? leaf.span(ctx.getStart()).union(guidance.span()) : leaf.span(ctx);
        Ident within = ctx.IN() != null ? leaf.ident(ctx.id()) : null;
        if (ctx.IN() != null && within == null) {
            return null;
        }
        CspecParser.ExpectedContext expected = ctx.expected();
        if (expected instanceof CspecParser.ExpectedSectionContext s) {
            Ident id = leaf.ident(s.id());
            Str title = leaf.str(s.string());
            if (within != null) {
                leaf.problem(within.span(), "A required section matches at any depth, so `in " + within.text()
                        + "` has nothing to say: remove it, or ask for what that section must state instead, as in"
                        + " `requires duration notify in " + within.text() + "`.");
            }
            return id == null ? null : new Profile.Expectation(span, strength, Profile.Kind.SECTION, id, title, null, within, guidance);
        }
        if (expected instanceof CspecParser.ExpectedSlaContext) {
            return new Profile.Expectation(span, strength, Profile.Kind.SLA, null, null, null, within, guidance);
        }
        if (expected instanceof CspecParser.ExpectedTermContext t) {
            Str term = leaf.str(t.string());
            return term == null ? null : new Profile.Expectation(span, strength, Profile.Kind.TERM, null, term, null, within, guidance);
        }
        Profile.Kind kind;
        CspecParser.IdContext named;
        Ident action = null;
        if (expected instanceof CspecParser.ExpectedClauseContext c) {
            kind = Profile.Kind.CLAUSE;
            named = c.id();
        } else if (expected instanceof CspecParser.ExpectedDurationContext d) {
            kind = Profile.Kind.DURATION;
            named = d.id();
        } else if (expected instanceof CspecParser.ExpectedPartyContext p) {
            kind = Profile.Kind.PARTY;
            named = p.id(0);
            if (p.TO() != null) {
                action = leaf.ident(p.action);
                if (action == null) {
                    return null;
                }
            }
        } else if (expected instanceof CspecParser.ExpectedTimerContext t) {
            kind = Profile.Kind.TIMER;
            named = t.id();
        } else {
            return null;
        }
        Ident id = leaf.ident(named);
        if (id == null || !ContentWords.valid(leaf, kind, id) || action != null && !ContentWords.valid(leaf, Profile.Kind.DURATION, action)) {
            return null;
        }
        return new Profile.Expectation(span, strength, kind, id, null, action, within, guidance);
    }

    private Library library(CspecParser.LibraryContext ctx) {
        List<Clause> clauses = new ArrayList<>();
        for (CspecParser.ClauseContext c : ctx.clause()) {
            Clause built = clause(c);
            if (built != null) {
                clauses.add(built);
            }
        }
        return new Library(leaf.span(ctx), leaf.ident(ctx.id()), leaf.str(ctx.string()), clauses);
    }
}
