package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
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
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.Str;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.grammar.CspecParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns ANTLR's parse tree into cspec's own syntax tree, the one place that sees both. Items
 * left incomplete by a syntax error are dropped (the error is already reported); a section
 * whose header is broken hands its items to its parent so nothing inside it goes unchecked.
 */
final class TreeBuilder {
    private final SourceText source;
    private final Offsets offsets;
    private final List<Diagnostic> problems;
    private final List<Comment> proseComments = new ArrayList<>();
    private final SlaLineBuilder slaLines;

    TreeBuilder(SourceText source, Offsets offsets, List<Diagnostic> problems) {
        this.source = source;
        this.offsets = offsets;
        this.problems = problems;
        this.slaLines = new SlaLineBuilder(this);
    }

    /** Comment lines found inside prose, which the lexer could not see as comments. */
    List<Comment> proseComments() {
        return proseComments;
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
        Span header = ctx.RBRACE() != null && present(ctx.RBRACE())
                ? span(ctx.CONTRACT().getSymbol()).union(span(ctx.RBRACE().getSymbol()))
                : span(ctx.CONTRACT().getSymbol());
        return new Contract(header, str(ctx.string()), fields, items(ctx.bodyItem()));
    }

    private HeaderField headerField(CspecParser.HeaderFieldContext ctx) {
        Span span = span(ctx);
        Span keyword = span(ctx.getStart());
        if (ctx.partyField() != null) {
            CspecParser.PartyFieldContext p = ctx.partyField();
            if (p.string().isEmpty() || str(p.string(0)) == null) {
                return null;
            }
            HeaderField.PartyRole role = p.role.getType() == CspecParser.CLIENT
                    ? HeaderField.PartyRole.CLIENT : HeaderField.PartyRole.PROVIDER;
            Str roleWord = p.string().size() > 1 ? str(p.string(1)) : null;
            return new HeaderField.Party(span, keyword, role, str(p.string(0)), roleWord);
        }
        if (ctx.profileField() != null) {
            Ident id = ident(ctx.profileField().id());
            return id == null ? null : new HeaderField.ProfileRef(span, keyword, id);
        }
        if (ctx.textField() != null) {
            Str value = str(ctx.textField().string());
            String name = ctx.textField().name.getType() == CspecParser.JURISDICTION ? "jurisdiction" : "version";
            return value == null ? null : new HeaderField.Text(span, keyword, name, value);
        }
        if (ctx.effectiveField() != null) {
            LocalDate date = date(ctx.effectiveField().DATE());
            return date == null ? null : new HeaderField.Effective(span, keyword, date);
        }
        if (ctx.termField() != null) {
            var duration = slaLines.duration(ctx.termField().duration());
            return duration == null ? null : new HeaderField.Term(span, keyword, duration);
        }
        if (ctx.usesField() != null) {
            Str path = str(ctx.usesField().string());
            return path == null ? null : new HeaderField.Uses(span, keyword, path);
        }
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
        Ident id = ident(ctx.id());
        Str title = str(ctx.string());
        if (id == null || title == null) {
            into.addAll(inner);
            return;
        }
        into.add(new Section(span(ctx), id, title, inner));
    }

    private Definitions definitions(CspecParser.DefinitionsContext ctx) {
        List<Definitions.Definition> entries = new ArrayList<>();
        for (CspecParser.DefinitionContext d : ctx.definition()) {
            Str term = str(d.string());
            Prose prose = prose(d.PROSE(), "the definition after `means`");
            if (term != null && prose != null) {
                entries.add(new Definitions.Definition(span(d), term, prose));
            }
        }
        return new Definitions(span(ctx), entries);
    }

    Requirement requirement(CspecParser.RequirementContext ctx) {
        Prose prose = prose(ctx.PROSE(), "the requirement's text after `:`");
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
        Span header = span(ctx.getStart()).union(span(ctx.COLON().getSymbol()));
        return new Requirement(span(ctx.getStart()).union(prose.span()), header, modality, span(ctx.modality()), ident(ctx.id()), attributes, prose);
    }

    /** By token type, since a misspelt keyword the parser corrected keeps its original text. */
    private static Modality modality(int tokenType) {
        if (tokenType == CspecParser.MUST) {
            return Modality.MUST;
        }
        if (tokenType == CspecParser.SHOULD) {
            return Modality.SHOULD;
        }
        return tokenType == CspecParser.MAY ? Modality.MAY : Modality.WILL;
    }

    private Requirement.Attribute attribute(CspecParser.AttributeContext ctx) {
        if (ctx instanceof CspecParser.WeightAttributeContext w && present(w.NUMBER())) {
            return new Requirement.Attribute.Weight(span(ctx), new BigDecimal(w.NUMBER().getText()));
        }
        if (ctx instanceof CspecParser.ByAttributeContext b) {
            LocalDate date = date(b.DATE());
            return date == null ? null : new Requirement.Attribute.By(span(ctx), date);
        }
        return null;
    }

    private Sla sla(CspecParser.SlaContext ctx) {
        Ident id = ident(ctx.id());
        Str title = str(ctx.string());
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
        return new Sla(span(ctx), id, title, items);
    }

    Clause clause(CspecParser.ClauseContext ctx) {
        Ident id = ident(ctx.id());
        if (id == null) {
            return null;
        }
        List<Clause.Argument> arguments = new ArrayList<>();
        for (CspecParser.ClauseArgumentsContext group : ctx.clauseArguments()) {
            for (CspecParser.ClauseArgumentContext a : group.clauseArgument()) {
                Ident name = ident(a.id(0));
                if (name == null) {
                    continue;
                }
                if (a.string() != null && str(a.string()) != null) {
                    Str value = str(a.string());
                    arguments.add(new Clause.Argument(span(a), name, value.value(), value.span(), true));
                } else if (a.id().size() > 1 && ident(a.id(1)) != null) {
                    Ident value = ident(a.id(1));
                    arguments.add(new Clause.Argument(span(a), name, value.text(), value.span(), false));
                }
            }
        }
        Prose prose = ctx.COLON() != null ? prose(ctx.PROSE(), "the clause's text after `:`") : null;
        if (ctx.COLON() != null && prose == null) {
            return null;
        }
        Span span = prose != null ? span(ctx.getStart()).union(prose.span()) : span(ctx);
        return new Clause(span, id, str(ctx.string()), arguments, prose);
    }

    private Profile profile(CspecParser.ProfileContext ctx) {
        Ident id = ident(ctx.id());
        Str title = str(ctx.string());
        List<Profile.Expectation> expectations = new ArrayList<>();
        for (CspecParser.ExpectationContext e : ctx.expectation()) {
            Profile.Expectation built = expectation(e);
            if (built != null) {
                expectations.add(built);
            }
        }
        return new Profile(span(ctx), id, title, expectations);
    }

    private Profile.Expectation expectation(CspecParser.ExpectationContext ctx) {
        Profile.Strength strength = ctx.strength.getType() == CspecParser.REQUIRES
                ? Profile.Strength.REQUIRES : Profile.Strength.RECOMMENDS;
        Prose guidance = ctx.COLON() != null ? prose(ctx.PROSE(), "the guidance after `:`") : null;
        Span span = guidance != null ? span(ctx.getStart()).union(guidance.span()) : span(ctx);
        CspecParser.ExpectedContext expected = ctx.expected();
        if (expected instanceof CspecParser.ExpectedSectionContext s) {
            Ident id = ident(s.id());
            Str title = str(s.string());
            return id == null ? null : new Profile.Expectation(span, strength, Profile.Kind.SECTION, id, title, guidance);
        }
        if (expected instanceof CspecParser.ExpectedSlaContext) {
            return new Profile.Expectation(span, strength, Profile.Kind.SLA, null, null, guidance);
        }
        if (expected instanceof CspecParser.ExpectedClauseContext c) {
            Ident id = ident(c.id());
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
        return new Library(span(ctx), ident(ctx.id()), str(ctx.string()), clauses);
    }

    // ---- leaves ----

    /** Prose from its token; an empty prose region is a syntax error naming what to write. */
    Prose prose(TerminalNode node, String what) {
        if (!present(node)) {
            return null;
        }
        Span span = span(node.getSymbol());
        if (span.length() == 0) {
            problems.add(Diagnostic.of(Rule.SYNTAX, span,
                    "Prose may not be empty: write " + what + " on the same line or on indented lines below it."));
            return null;
        }
        List<Span> comments = commentLines(span);
        return new Prose(span, comments);
    }

    /** Lines after the first whose first non-blank characters are '//' are comments inside prose. */
    private List<Span> commentLines(Span span) {
        String text = source.text();
        List<Span> comments = new ArrayList<>();
        int i = text.indexOf('\n', span.start());
        while (i >= 0 && i < span.end()) {
            int lineStart = i + 1;
            int k = lineStart;
            while (k < span.end() && (text.charAt(k) == ' ' || text.charAt(k) == '\t'
                    || Character.isSpaceChar(text.charAt(k)))) {
                k++;
            }
            int lineEnd = text.indexOf('\n', lineStart);
            int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, span.end());
            while (end > k && text.charAt(end - 1) == '\r') {
                end--;
            }
            if (k + 1 < end && text.charAt(k) == '/' && text.charAt(k + 1) == '/') {
                Span comment = new Span(k, end);
                comments.add(comment);
                proseComments.add(new Comment(comment, text.substring(k, end)));
            }
            i = lineEnd;
        }
        return comments;
    }

    Ident ident(CspecParser.IdContext ctx) {
        if (ctx == null || ctx.getStart() == null || !present(ctx.getStart())) {
            return null;
        }
        return new Ident(ctx.getText(), span(ctx));
    }

    Str str(CspecParser.StringContext ctx) {
        if (ctx == null || !present(ctx.STRING())) {
            return null;
        }
        String raw = ctx.STRING().getText();
        char last = raw.charAt(raw.length() - 1);
        // An unterminated string (already reported) runs to the end of its line; a mismatched
        // pair (also reported) still ends at its closing quote.
        boolean closed = raw.length() > 1 && (last == '"' || last == '\u201D');
        String body = raw.substring(1, closed ? raw.length() - 1 : raw.length());
        if (raw.charAt(0) == '"') {
            body = unescape(body);
        }
        return new Str(body, span(ctx.STRING().getSymbol()));
    }

    /** Only \" and \\ are escapes; any other backslash stands for itself. */
    private static String unescape(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '"' || body.charAt(i + 1) == '\\')) {
                out.append(body.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    LocalDate date(TerminalNode node) {
        if (!present(node)) {
            return null;
        }
        try {
            return LocalDate.parse(node.getText());
        } catch (DateTimeParseException e) {
            problems.add(Diagnostic.of(Rule.SYNTAX, span(node.getSymbol()),
                    "`" + node.getText() + "` is not a calendar date: write a real date as YYYY-MM-DD."));
            return null;
        }
    }

    void problem(Span span, String message) {
        problems.add(Diagnostic.of(Rule.SYNTAX, span, message));
    }

    static boolean present(TerminalNode node) {
        return node != null && present(node.getSymbol());
    }

    /** A token ANTLR conjured during recovery has no place in the text. */
    static boolean present(Token token) {
        return token != null && token.getTokenIndex() >= 0 && token.getStartIndex() >= 0 && token.getType() != Token.EOF;
    }

    Span span(Token token) {
        return offsets.of(token);
    }

    Span span(ParserRuleContext ctx) {
        return offsets.of(ctx);
    }
}
