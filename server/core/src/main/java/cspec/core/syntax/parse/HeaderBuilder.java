package cspec.core.syntax.parse;

import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Str;
import cspec.core.text.Span;
import cspec.grammar.CspecParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the fields of a contract header; a field left incomplete by a syntax error is dropped. */
final class HeaderBuilder {
    private final Leaves leaf;
    private final SlaLineBuilder slaLines;

    HeaderBuilder(Leaves leaf, SlaLineBuilder slaLines) {
        this.leaf = leaf;
        this.slaLines = slaLines;
    }

    HeaderField field(CspecParser.HeaderFieldContext ctx) {
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
}
