package cspec.core.editor;

import cspec.core.syntax.Contract;
import cspec.core.syntax.Duration;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Period;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.TimeUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What numbers in SLAs mean: the downtime an availability allows per measurement period, what a
 * credit or a bonus line pays, and a duration in minutes (or, for business units, in business
 * hours, as SLA comparisons count them).
 */
final class TimeHovers {
    private TimeHovers() {
    }

    static Optional<Hovers.Hover> at(DocumentIndex index, int offset) {
        for (Outline.Placed<Sla> placed : index.outline().slas()) {
            Sla sla = placed.item();
            if (!sla.span().contains(offset)) {
                continue;
            }
            for (SlaItem item : sla.items()) {
                if (item instanceof SlaLine.Availability a && a.percentSpan().contains(offset)) {
                    return Optional.of(new Hovers.Hover(availability(a.percent(), period(sla)), a.percentSpan()));
                }
                if (item instanceof SlaLine.Credit c && c.span().contains(offset)) {
                    return Optional.of(new Hovers.Hover(credit(c), c.span()));
                }
                if (item instanceof SlaLine.Bonus b && b.span().contains(offset)) {
                    return Optional.of(new Hovers.Hover(bonus(b, period(sla)), b.span()));
                }
            }
        }
        for (Duration d : durations(index)) {
            if (d.span().contains(offset)) {
                return Optional.of(new Hovers.Hover(duration(d), d.span()));
            }
        }
        return Optional.empty();
    }

    private static Period period(Sla sla) {
        return sla.all(SlaLine.Measured.class).findFirst().map(SlaLine.Measured::period).orElse(null);
    }

    static String availability(BigDecimal percent, Period period) {
        Period p = period == null ? Period.MONTHLY : period;
        double allowedMinutes = (100.0 - percent.doubleValue()) / 100.0 * p.days() * 24 * 60;
        String text = "**" + percent.stripTrailingZeros().toPlainString() + "% availability** allows "
                + minutesText(Math.max(0, allowedMinutes)) + " of downtime per " + unitOf(p)
                + " (" + p.days() + " days).";
        return period == null ? text + " This SLA has no `measured` line, so a month is assumed." : text;
    }

    static String credit(SlaLine.Credit c) {
        return "**Service credit**: each breach of this SLA credits the Client " + plain(c.percent())
                + "% of the monthly fee" + (c.cap() == null ? ", with no cap." : ", up to " + plain(c.cap()) + "% of that fee in one month.");
    }

    static String bonus(SlaLine.Bonus b, Period period) {
        String each = period == null ? "measurement period (this SLA has no `measured` line)" : unitOf(period);
        return "**Bonus**: for each " + each + " in which every level of this SLA is met, the Provider earns "
                + plain(b.percent()) + "% of that period's fee" + (b.cap() == null ? ", with no cap."
                        : ", up to " + plain(b.cap()) + "% of a contract year's fees.");
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    static String duration(Duration d) {
        double minutes = d.minutes();
        String written = d.canonical();
        if (d.unit() == TimeUnit.BUSINESS_DAY || d.unit() == TimeUnit.BUSINESS_HOUR) {
            String hours = trim(minutes / 60);
            return "**" + written + "** = " + hours + " business hours (a business day counts as 8 business hours; "
                    + "comparisons treat a business hour as an hour).";
        }
        return "**" + written + "** = " + trim(minutes) + " minutes" + (minutes >= 120 ? " (" + trim(minutes / 60) + " hours)" : "") + ".";
    }

    private static List<Duration> durations(DocumentIndex index) {
        List<Duration> out = new ArrayList<>();
        Optional<Contract> contract = index.contract();
        contract.flatMap(c -> c.field(HeaderField.Term.class)).map(HeaderField.Term::duration).ifPresent(out::add);
        contract.ifPresent(c -> c.fields().forEach(f -> {
            if (f instanceof HeaderField.Renewal r) {
                out.add(r.period());
            } else if (f instanceof HeaderField.Notice n) {
                out.add(n.period());
            }
        }));
        for (Outline.Placed<Sla> placed : index.outline().slas()) {
            for (SlaItem item : placed.item().items()) {
                if (item instanceof SlaLine.SeverityLevel level) {
                    level.timers().forEach(t -> addIfPresent(out, t.duration()));
                } else if (item instanceof SlaLine.Metric metric && metric.target() instanceof SlaLine.Target.Time t) {
                    addIfPresent(out, t.duration());
                }
            }
        }
        return out;
    }

    private static void addIfPresent(List<Duration> out, Duration d) {
        if (d != null && d.span() != null) {
            out.add(d);
        }
    }

    private static String unitOf(Period p) {
        return switch (p) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case QUARTERLY -> "quarter";
            case ANNUALLY -> "year";
        };
    }

    static String minutesText(double minutes) {
        long seconds = Math.round(minutes * 60);
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long mins = seconds % 3600 / 60;
        long secs = seconds % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + (days == 1 ? " day" : " days"));
        }
        if (hours > 0) {
            parts.add(hours + (hours == 1 ? " hour" : " hours"));
        }
        if (mins > 0) {
            parts.add(mins + (mins == 1 ? " minute" : " minutes"));
        }
        if (secs > 0 && days == 0) {
            parts.add(secs + (secs == 1 ? " second" : " seconds"));
        }
        return parts.isEmpty() ? "no time" : String.join(" ", parts);
    }

    private static String trim(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
