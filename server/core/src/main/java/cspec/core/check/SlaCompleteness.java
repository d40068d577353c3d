package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Period;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an SLA block lacks: {@code sla-empty} (nothing measurable is promised), then
 * {@code sla-no-period}, {@code sla-no-remedy}, {@code sla-no-reporting} and
 * {@code sla-uncapped-credit}. An empty SLA is reported once, as empty: the missing period,
 * remedy and reporting follow from it. Findings for missing lines point at the SLA's ID, and
 * their fixes insert the line with example figures for the user to review (never applied
 * without asking).
 */
public final class SlaCompleteness implements Check {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        for (Outline.Placed<Sla> placed : context.outline().slas()) {
            check(context.source(), placed.item(), report);
        }
    }

    private static void check(SourceText source, Sla sla, Consumer<Diagnostic> report) {
        boolean promises = has(sla, SlaLine.SeverityLevel.class) || has(sla, SlaLine.Availability.class)
                || has(sla, SlaLine.Metric.class);
        if (!promises) {
            report.accept(missing(source, sla, Rule.SLA_EMPTY, "availability 99.9%",
                    "SLA `" + sla.id().text() + "` promises nothing measurable: add a `severity` line with response and"
                            + " resolution times, an `availability` line or a `metric` line."));
            return;
        }
        Optional<Period> measured = sla.all(SlaLine.Measured.class).map(SlaLine.Measured::period).findFirst();
        if (measured.isEmpty()) {
            report.accept(missing(source, sla, Rule.SLA_NO_PERIOD, "measured monthly",
                    "SLA `" + sla.id().text() + "` does not say over what period it is measured: add `measured monthly`"
                            + " (or daily, weekly, quarterly, annually)."));
        }
        if (!has(sla, SlaLine.Credit.class)) {
            report.accept(missing(source, sla, Rule.SLA_NO_REMEDY, "credit 5% per breach cap 20%",
                    "A breach of SLA `" + sla.id().text() + "` costs the provider nothing: add a service credit such as"
                            + " `credit 5% per breach cap 20%` (percent of the monthly fee)."));
        }
        if (!has(sla, SlaLine.Report.class)) {
            String period = measured.orElse(Period.MONTHLY).word();
            report.accept(missing(source, sla, Rule.SLA_NO_REPORTING, "report " + period,
                    "Nothing obliges the provider to report on SLA `" + sla.id().text() + "`: add `report " + period
                            + "` so the client can see whether it is met."));
        }
        sla.all(SlaLine.Credit.class)
                .filter(c -> c.cap() == null && c.percent().compareTo(HUNDRED) <= 0)
                .forEach(c -> report.accept(uncapped(source, c)));
    }

    private static boolean has(Sla sla, Class<? extends SlaItem> kind) {
        return sla.all(kind).findAny().isPresent();
    }

    private static Diagnostic missing(SourceText source, Sla sla, Rule rule, String line, String message) {
        Span first = sla.items().isEmpty() ? null : sla.items().get(0).span();
        int headerEnd = sla.title() != null ? sla.title().span().end() : sla.id().span().end();
        TextEdit edit = Edits.insertFirstLine(source, headerEnd, first, line);
        return Diagnostic.of(rule, sla.id().span(), message)
                .withFix(Fix.onRequest("Insert `" + line + "` (review the figures)", edit));
    }

    /** Suggests a cap of four breaches' worth, at most 100% of the fee. */
    private static Diagnostic uncapped(SourceText source, SlaLine.Credit credit) {
        BigDecimal cap = credit.percent().multiply(BigDecimal.valueOf(4)).min(HUNDRED);
        String capText = "cap " + Messages.number(cap) + "%";
        return Diagnostic.of(Rule.SLA_UNCAPPED_CREDIT, credit.span(),
                        "This service credit has no cap, so nobody knows what a bad month can cost: add the cap the parties"
                                + " agree after `per breach`, such as `" + capText + "` (percent of the monthly fee).")
                .withFix(Fix.onRequest("Add `" + capText + "`", TextEdit.insert(credit.span().end(), " " + capText)));
    }
}
