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

    TreeBuilder(SourceText source, Offsets offsets, List<Diagnostic> problems, java.util.Set<Integer> textBelowEmptyProse) {
        this.leaf = new Leaves(source, offsets, problems, textBelowEmptyProse);
        this.slaLines = new SlaLineBuilder(leaf);
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
            HeaderField built = headerField(field);
            if (built != null) {
                fields.add(built);
            }
        }
        Span header = ctx.RBRACE() != null && Leaves.present(ctx.RBRACE())
                ? leaf.span(ctx.CONTRACT().getSymbol()).union(leaf.span(ctx.RBRACE().getSymbol()))
                : leaf.span(ctx.CONTRACT().getSymbol());
        return new Contract(header, leaf.str(ctx.string()), fields, items(ctx.bodyItem()));
    }

    private HeaderField headerField(CspecParser.HeaderFieldContext ctx) {
        Span span = leaf.span(ctx);
        Span keyword = leaf.span(ctx.getStart());
        if (ctx.partyField() != null) {
            CspecParser.PartyFieldContext p = ctx.partyField();
            if (p.string().isEmpty() || leaf.str(p.string(0)) == null) {
                return null;
            }
            HeaderField.PartyRole role = p.role.getType() == CspecParser.CLIENT
                    ? HeaderField.PartyRole.CLIENT : HeaderField.PartyRole.PROVIDER;
            List<Str> roleWords = new ArrayList<>();
            for (CspecParser.StringContext word : p.string().subList(1, p.string().size())) {
                Str built = leaf.str(word);
                if (built != null) {
                    roleWords.add(built);
                }
            }
            return new HeaderField.Party(span, keyword, role, leaf.str(p.string(0)), roleWords);
        }
        if (ctx.profileField() != null) {
            Ident id = leaf.ident(ctx.profileField().id());
            return id == null ? null : new HeaderField.ProfileRef(span, keyword, id);
        }
        if (ctx.textField() != null) {
            Str value = leaf.str(ctx.textField().string());
            String name = ctx.textField().name.getType() == CspecParser.JURISDICTION ? "jurisdiction" : "version";
            return value == null ? null : new HeaderField.Text(span, keyword, name, value);
        }
        if (ctx.effectiveField() != null) {
            LocalDate date = leaf.date(ctx.effectiveField().DATE());
            return date == null ? null : new HeaderField.Effective(span, keyword, date);
        }
        if (ctx.termField() != null) {
            var duration = slaLines.duration(ctx.termField().duration());
            return duration == null ? null : new HeaderField.Term(span, keyword, duration);
        }
        if (ctx.renewalField() != null) {
            return renewal(ctx.renewalField(), span, keyword);
        }
        if (ctx.noticeField() != null) {
            return notice(ctx.noticeField(), span, keyword);
        }
        if (ctx.willField() != null) {
            return Leaves.present(ctx.willField().MUST()) ? new HeaderField.WillMeansMust(span, keyword) : null;
        }
        if (ctx.usesField() != null) {
            Str path = leaf.str(ctx.usesField().string());
            return path == null ? null : new HeaderField.Uses(span, keyword, path);
        }
        return null;
    }

    private HeaderField renewal(CspecParser.RenewalFieldContext ctx, Span span, Span keyword) {
        var period = slaLines.duration(ctx.duration());
        Ident times = leaf.ident(ctx.id());
        if (period == null || times == null || !Leaves.present(ctx.NUMBER())) {
            return null;
        }
        Span count = leaf.span(ctx.NUMBER().getSymbol());
        if (!times.text().equals("times") && !times.text().equals("time") || ctx.NUMBER().getText().contains(".")) {
            leaf.problem(count.union(times.span()), "Write how many renewals the contract allows as a whole number"
                    + " followed by `times`, as in `renewal 1 year up to 5 times`.");
            return null;
        }
        return new HeaderField.Renewal(span, keyword, period, Integer.parseInt(ctx.NUMBER().getText()), count);
    }

    private HeaderField notice(CspecParser.NoticeFieldContext ctx, Span span, Span keyword) {
        Ident kind = leaf.ident(ctx.id());
        var period = slaLines.duration(ctx.duration());
        if (kind == null || period == null) {
            return null;
        }
        for (HeaderField.NoticeKind k : HeaderField.NoticeKind.values()) {
            if (k.word().equals(kind.text())) {
                return new HeaderField.Notice(span, keyword, k, kind.span(), period);
            }
        }
        List<String> words = java.util.Arrays.stream(HeaderField.NoticeKind.values()).map(HeaderField.NoticeKind::word).toList();
        String suggestion = cspec.core.text.Similarity.closest(kind.text(), words).map(s -> " Did you mean `" + s + "`?").orElse("");
        leaf.problem(kind.span(), "`" + kind.text() + "` is not a kind of notice: write `notice termination`, `notice "
                + "non-renewal` or `notice cure`, then the period." + suggestion);
        return null;
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
        if (prose == null || ctx.modality() == null) {
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
        Prose prose = ctx.COLON() != null ? leaf.prose(ctx.PROSE(), "the clause's text after `:`") : null;
        if (ctx.COLON() != null && prose == null) {
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
        Prose guidance = ctx.COLON() != null ? leaf.prose(ctx.PROSE(), "the guidance after `:`") : null;
        Span span = guidance != null ? leaf.span(ctx.getStart()).union(guidance.span()) : leaf.span(ctx);
        CspecParser.ExpectedContext expected = ctx.expected();
        if (expected instanceof CspecParser.ExpectedSectionContext s) {
            Ident id = leaf.ident(s.id());
            Str title = leaf.str(s.string());
            return id == null ? null : new Profile.Expectation(span, strength, Profile.Kind.SECTION, id, title, guidance);
        }
        if (expected instanceof CspecParser.ExpectedSlaContext) {
            return new Profile.Expectation(span, strength, Profile.Kind.SLA, null, null, guidance);
        }
        if (expected instanceof CspecParser.ExpectedClauseContext c) {
            Ident id = leaf.ident(c.id());
            return id == null ? null : new Profile.Expectation(span, strength, Profile.Kind.CLAUSE, id, null, guidance);
        }
        return null;
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
