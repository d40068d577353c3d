package cspec.core.syntax.parse;

import cspec.core.syntax.Duration;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Period;
import cspec.core.syntax.Prose;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.Str;
import cspec.core.syntax.TimeUnit;
import cspec.core.text.Similarity;
import cspec.core.text.Span;
import cspec.grammar.CspecParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds SLA lines and durations, whose contextual words (periods, units, coverages) the grammar leaves to us. */
final class SlaLineBuilder {
    private static final Map<String, TimeUnit> UNITS = Map.ofEntries(
            Map.entry("minute", TimeUnit.MINUTE), Map.entry("minutes", TimeUnit.MINUTE),
            Map.entry("min", TimeUnit.MINUTE), Map.entry("mins", TimeUnit.MINUTE),
            Map.entry("hour", TimeUnit.HOUR), Map.entry("hours", TimeUnit.HOUR),
            Map.entry("hr", TimeUnit.HOUR), Map.entry("hrs", TimeUnit.HOUR),
            Map.entry("day", TimeUnit.DAY), Map.entry("days", TimeUnit.DAY),
            Map.entry("week", TimeUnit.WEEK), Map.entry("weeks", TimeUnit.WEEK),
            Map.entry("wk", TimeUnit.WEEK), Map.entry("wks", TimeUnit.WEEK),
            Map.entry("yr", TimeUnit.YEAR), Map.entry("yrs", TimeUnit.YEAR),
            Map.entry("mo", TimeUnit.MONTH), Map.entry("mos", TimeUnit.MONTH),
            Map.entry("month", TimeUnit.MONTH), Map.entry("months", TimeUnit.MONTH),
            Map.entry("year", TimeUnit.YEAR), Map.entry("years", TimeUnit.YEAR));
    private static final List<String> PERIOD_WORDS = Arrays.stream(Period.values()).map(Period::word).toList();

    private final Leaves tree;
    private final CoverageBuilder coverages;

    SlaLineBuilder(Leaves tree) {
        this.tree = tree;
        this.coverages = new CoverageBuilder(tree);
    }

    SlaLine line(CspecParser.SlaItemContext ctx) {
        Span span = tree.span(ctx);
        if (ctx.measuredLine() != null) {
            Period period = period(ctx.measuredLine().id());
            return period == null ? null : new SlaLine.Measured(span, period);
        }
        if (ctx.reportLine() != null) {
            Period period = period(ctx.reportLine().id());
            return period == null ? null : new SlaLine.Report(span, period);
        }
        if (ctx.coverageLine() != null) {
            return coverages.coverage(ctx.coverageLine(), span);
        }
        if (ctx.timerLine() != null) {
            Ident id = tree.ident(ctx.timerLine().id());
            Str label = tree.str(ctx.timerLine().string());
            return id == null || label == null ? null : new SlaLine.TimerName(span, id, label);
        }
        if (ctx.availabilityLine() != null) {
            TerminalNode percent = ctx.availabilityLine().PERCENT();
            return Leaves.present(percent)
                    ? new SlaLine.Availability(span, percent(percent), tree.span(percent.getSymbol())) : null;
        }
        if (ctx.severityLine() != null) {
            return severity(ctx.severityLine(), span);
        }
        if (ctx.creditLine() != null) {
            return credit(ctx.creditLine(), span);
        }
        if (ctx.bonusLine() != null) {
            return bonus(ctx.bonusLine(), span);
        }
        if (ctx.metricLine() != null) {
            return metric(ctx.metricLine(), span);
        }
        return null;
    }

    private SlaLine severity(CspecParser.SeverityLineContext ctx, Span span) {
        Ident id = tree.ident(ctx.id());
        Str label = tree.str(ctx.string());
        if (id == null || label == null) {
            return null;
        }
        List<SlaLine.Timer> timers = new ArrayList<>();
        for (CspecParser.TimerContext t : ctx.timer()) {
            SlaLine.Timer timer = timer(t);
            if (timer == null) {
                return null;
            }
            timers.add(timer);
        }
        Prose prose = Leaves.present(ctx.COLON()) ? tree.prose(ctx.PROSE(), "what the severity covers after `:`") : null;
        Span full = prose != null ? span.union(prose.span()) : span;
        return new SlaLine.SeverityLevel(full, id, label, timers, prose);
    }

    private SlaLine.Timer timer(CspecParser.TimerContext ctx) {
        Ident name = tree.ident(ctx.id());
        Duration duration = duration(ctx.duration());
        if (name == null || duration == null) {
            return null;
        }
        SlaLine.EventBound bound = null;
        CspecParser.EventBoundContext b = ctx.eventBound();
        if (b != null) {
            Str event = tree.str(b.string());
            if (event == null || b.bound == null || !Leaves.present(b.bound)) {
                return null;
            }
            bound = new SlaLine.EventBound(tree.span(b), event, b.bound.getType() == CspecParser.SOONER);
        }
        return new SlaLine.Timer(tree.span(ctx), name, duration, bound);
    }

    private SlaLine credit(CspecParser.CreditLineContext ctx, Span span) {
        PercentWithCap p = percentWithCap(ctx.PERCENT());
        return p == null ? null : new SlaLine.Credit(span, p.percent(), p.percentSpan(), p.cap(), p.capSpan());
    }

    private SlaLine bonus(CspecParser.BonusLineContext ctx, Span span) {
        PercentWithCap p = percentWithCap(ctx.PERCENT());
        return p == null ? null : new SlaLine.Bonus(span, p.percent(), p.percentSpan(), p.cap(), p.capSpan());
    }

    /** A credit's or bonus's percentage and its optional cap, as they share one shape; null when the first is missing. */
    private PercentWithCap percentWithCap(List<TerminalNode> percents) {
        if (percents.isEmpty() || !Leaves.present(percents.get(0))) {
            return null;
        }
        TerminalNode first = percents.get(0);
        BigDecimal cap = null;
        Span capSpan = null;
        if (percents.size() > 1 && Leaves.present(percents.get(1))) {
            cap = percent(percents.get(1));
            capSpan = tree.span(percents.get(1).getSymbol());
        }
        return new PercentWithCap(percent(first), tree.span(first.getSymbol()), cap, capSpan);
    }

    private record PercentWithCap(BigDecimal percent, Span percentSpan, BigDecimal cap, Span capSpan) {
    }

    private SlaLine metric(CspecParser.MetricLineContext ctx, Span span) {
        Ident id = tree.ident(ctx.id());
        Str label = tree.str(ctx.string());
        CspecParser.MetricTargetContext target = ctx.metricTarget();
        if (id == null || label == null || target == null) {
            return null;
        }
        SlaLine.Bound bound = ctx.bound == null ? SlaLine.Bound.EXACTLY
                : ctx.bound.getType() == CspecParser.MOST ? SlaLine.Bound.AT_MOST : SlaLine.Bound.AT_LEAST;
        SlaLine.Target value;
        if (target.duration() != null) {
            Duration duration = duration(target.duration());
            if (duration == null) {
                return null;
            }
            value = new SlaLine.Target.Time(duration);
        } else if (Leaves.present(target.PERCENT())) {
            value = new SlaLine.Target.Percent(percent(target.PERCENT()), tree.span(target.PERCENT().getSymbol()));
        } else if (Leaves.present(target.NUMBER())) {
            value = new SlaLine.Target.Count(new BigDecimal(target.NUMBER().getText()), tree.span(target.NUMBER().getSymbol()));
        } else {
            return null;
        }
        return new SlaLine.Metric(span, id, label, bound, value);
    }

    Duration duration(CspecParser.DurationContext ctx) {
        if (ctx == null || !Leaves.present(ctx.NUMBER())) {
            return null;
        }
        Ident unitWord = tree.ident(ctx.id());
        if (unitWord == null) {
            return null;
        }
        boolean business = Leaves.present(ctx.BUSINESS());
        TimeUnit unit = UNITS.get(unitWord.text());
        if (business) {
            unit = unit == TimeUnit.HOUR ? TimeUnit.BUSINESS_HOUR : unit == TimeUnit.DAY ? TimeUnit.BUSINESS_DAY : null;
        }
        if (unit == null) {
            String suggestion = Similarity.closest(unitWord.text(), UNITS.keySet())
                    .map(s -> " Did you mean `" + s + "`?").orElse("");
            tree.problem(unitWord.span(), "`" + (business ? "business " : "") + unitWord.text()
                    + "` is not a unit of time: write minutes, hours, business hours, days, business days, weeks, "
                    + "months or years." + suggestion);
            return null;
        }
        return new Duration(new BigDecimal(ctx.NUMBER().getText()), unit, tree.span(ctx));
    }

    private Period period(CspecParser.IdContext ctx) {
        Ident word = tree.ident(ctx);
        if (word == null) {
            return null;
        }
        Period period = Period.parse(word.text()).orElse(null);
        if (period == null) {
            String suggestion = Similarity.closest(word.text(), PERIOD_WORDS).map(s -> " Did you mean `" + s + "`?").orElse("");
            tree.problem(word.span(), "`" + word.text() + "` is not a period: write daily, weekly, monthly, quarterly "
                    + "or annually." + suggestion);
        }
        return period;
    }

    private static BigDecimal percent(TerminalNode node) {
        String text = node.getText();
        return new BigDecimal(text.substring(0, text.length() - 1));
    }
}
