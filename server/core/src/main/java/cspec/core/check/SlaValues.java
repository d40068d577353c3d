package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Percentages that cannot mean what they say: {@code sla-availability-range} (availability
 * outside (0, 100]) and {@code sla-credit-cap} (a cap over 100% of the monthly fee, a credit per
 * breach larger than its own cap, or an uncapped credit over 100%; the same for a bonus, whose cap
 * is a share of a contract year's fees). One finding per credit or bonus line:
 * the cap over 100% first, since it is usually the typo the other comparison inherits.
 */
public final class SlaValues implements Check {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        for (Outline.Placed<Sla> placed : context.outline().slas()) {
            Sla sla = placed.item();
            sla.all(SlaLine.Availability.class).forEach(a -> availability(a, report));
            sla.all(SlaLine.Credit.class).forEach(c -> credit(c, report));
            sla.all(SlaLine.Bonus.class).forEach(b -> bonus(b, report));
        }
    }

    /** A bonus is a share of a period's fee, capped as a share of a contract year's fees. */
    private static void bonus(SlaLine.Bonus line, Consumer<Diagnostic> report) {
        BigDecimal bonus = line.percent();
        BigDecimal cap = line.cap();
        String bonusText = Messages.number(bonus) + "%";
        if (cap != null && cap.compareTo(HUNDRED) > 0) {
            report.accept(Diagnostic.of(Rule.SLA_CREDIT_CAP, line.capSpan(),
                    "A bonus cap of " + Messages.number(cap) + "% lets bonuses exceed a whole year's fees: write a cap of"
                            + " at most 100%, such as 6%."));
        } else if (cap != null && bonus.compareTo(cap) > 0) {
            report.accept(Diagnostic.of(Rule.SLA_CREDIT_CAP, line.percentSpan(),
                    "One period met earns a bonus of " + bonusText + " but bonuses are capped at " + Messages.number(cap)
                            + "% a year, so the cap makes the first bonus smaller than written: raise the cap to at least "
                            + bonusText + " or lower the bonus.")
                    .withRelated(RelatedLocation.here(line.capSpan(), "The cap.")));
        } else if (cap == null && bonus.compareTo(HUNDRED) > 0) {
            report.accept(Diagnostic.of(Rule.SLA_CREDIT_CAP, line.percentSpan(),
                    "A bonus of " + bonusText + " of a period's fee is more than the fee itself: write at most 100%,"
                            + " and add a cap such as `cap 6%`."));
        }
    }

    private static void availability(SlaLine.Availability line, Consumer<Diagnostic> report) {
        BigDecimal p = line.percent();
        if (p.signum() > 0 && p.compareTo(HUNDRED) <= 0) {
            return;
        }
        report.accept(Diagnostic.of(Rule.SLA_AVAILABILITY_RANGE, line.percentSpan(),
                "Availability " + Messages.number(p) + "% is not a possible share of time: write a percentage above 0 and"
                        + " at most 100, such as 99.9%."));
    }

    private static void credit(SlaLine.Credit line, Consumer<Diagnostic> report) {
        BigDecimal credit = line.percent();
        BigDecimal cap = line.cap();
        String creditText = Messages.number(credit) + "%";
        if (cap != null && cap.compareTo(HUNDRED) > 0) {
            report.accept(Diagnostic.of(Rule.SLA_CREDIT_CAP, line.capSpan(),
                    "A cap of " + Messages.number(cap) + "% lets service credits exceed the whole monthly fee: write a cap of"
                            + " at most 100%, such as 20%."));
        } else if (cap != null && credit.compareTo(cap) > 0) {
            report.accept(Diagnostic.of(Rule.SLA_CREDIT_CAP, line.percentSpan(),
                    "One breach earns " + creditText + " but credits are capped at " + Messages.number(cap) + "%, so the"
                            + " cap makes the credit smaller than written: raise the cap to at least " + creditText
                            + " or lower the credit per breach.")
                    .withRelated(RelatedLocation.here(line.capSpan(), "The cap.")));
        } else if (cap == null && credit.compareTo(HUNDRED) > 0) {
            report.accept(Diagnostic.of(Rule.SLA_CREDIT_CAP, line.percentSpan(),
                    "A credit of " + creditText + " per breach is more than the whole monthly fee: write at most 100%,"
                            + " and add a cap such as `cap 20%`."));
        }
    }
}
