package cspec.procurement.model;

import cspec.core.syntax.CoverageWindow;
import cspec.core.syntax.Period;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.text.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Reads an SLA block's lines into an {@link SlaView}; the one place that knows the SLA lines' shapes. */
final class SlaViews {
    private SlaViews() {
    }

    static SlaView of(Sla sla, SourceText source, Function<Requirement, ContractView.RequirementView> requirements) {
        Period measured = sla.all(SlaLine.Measured.class).map(SlaLine.Measured::period).findFirst().orElse(null);
        String coverage = sla.all(SlaLine.Coverage.class).findFirst().map(c -> coverage(c, source)).orElse("");
        SlaLine.Availability availability = sla.all(SlaLine.Availability.class).findFirst().orElse(null);
        SlaLine.Credit credit = sla.all(SlaLine.Credit.class).findFirst().orElse(null);
        String reporting = sla.all(SlaLine.Report.class).findFirst().map(r -> capitalised(r.period().word())).orElse("");
        List<ContractView.RequirementView> inside = new ArrayList<>();
        for (SlaItem item : sla.items()) {
            if (item instanceof Requirement requirement) {
                inside.add(requirements.apply(requirement));
            }
        }
        Map<String, Integer> timers = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        List<SlaLine.SeverityLevel> levels = sla.all(SlaLine.SeverityLevel.class).toList();
        for (SlaLine.SeverityLevel level : levels) {
            Map<String, String> row = timersOf(level);
            row.keySet().forEach(name -> timers.putIfAbsent(name, timers.size()));
            rows.add(row);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        sla.all(SlaLine.TimerName.class).forEach(t -> labels.put(t.id().text(), t.label() == null ? t.id().text() : t.label().value()));
        List<SlaView.Severity> severities = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            SlaLine.SeverityLevel level = levels.get(i);
            Map<String, String> row = rows.get(i);
            List<String> cells = timers.keySet().stream().map(t -> row.getOrDefault(t, "")).toList();
            severities.add(new SlaView.Severity(level.id().text(), level.label() == null ? "" : level.label().value(),
                    Text.of(level.prose(), source), cells));
        }
        List<SlaView.Metric> metrics = sla.all(SlaLine.Metric.class).map(m -> new SlaView.Metric(m.id().text(),
                m.label() == null ? "" : m.label().value(), target(m, source))).toList();
        return new SlaView(sla.id().text(), sla.title() == null ? sla.id().text() : sla.title().value(),
                measured == null ? "" : capitalised(measured.word()), coverage,
                availability == null ? "" : percent(availability.percent()),
                availability == null ? "" : downtime(availability.percent(), measured,
                        sla.all(SlaLine.Coverage.class).findFirst().map(SlaViews::coveredShare).orElse(1.0)),
                timers.keySet().stream().map(t -> labels.getOrDefault(t, capitalised(t))).toList(), severities,
                credit == null ? "" : percent(credit.percent()) + " of the monthly fee per breach",
                credit == null || credit.cap() == null ? "" : percent(credit.cap()) + " of the monthly fee",
                reporting, metrics, inside);
    }

    /** The timers a severity states, by name in the order written, each with its outer bound if it has one. */
    private static Map<String, String> timersOf(SlaLine.SeverityLevel level) {
        Map<String, String> timers = new LinkedHashMap<>();
        for (SlaLine.Timer timer : level.timers()) {
            if (timer.duration() == null) {
                continue;
            }
            String bound = timer.bound() == null || timer.bound().event() == null ? ""
                    : " or " + timer.bound().event().value() + ", whichever is " + (timer.bound().sooner() ? "sooner" : "later");
            timers.putIfAbsent(timer.name().text(), timer.duration().canonical() + bound);
        }
        return timers;
    }

    /** The coverage in words: 24x7, business hours, or the windows as written, with their time zone. */
    private static String coverage(SlaLine.Coverage coverage, SourceText source) {
        String zone = coverage.zone() == null ? "" : " (" + coverage.zone().value() + " time)";
        return switch (coverage.kind()) {
            case ALWAYS -> "24 hours a day, 7 days a week" + zone;
            case BUSINESS_HOURS -> "Business hours, Monday to Friday 09:00-17:00" + zone;
            case WINDOWS -> coverage.windows().stream().map(w -> source.slice(w.span()).strip())
                    .collect(java.util.stream.Collectors.joining(", ")) + zone;
        };
    }

    private static String target(SlaLine.Metric metric, SourceText source) {
        String bound = switch (metric.bound()) {
            case AT_MOST -> "at most ";
            case AT_LEAST -> "at least ";
            case EXACTLY -> "";
        };
        return bound + source.slice(metric.target().span());
    }

    /**
     * The most downtime an availability allows in one measurement period (a month when none is
     * stated), counted in the hours the coverage is in force, since the SLA's clocks run only then:
     * 99.9% of a 30-day month at 24x7 leaves 43.2 minutes.
     */
    static String downtime(BigDecimal percent, Period measured, double coveredShare) {
        Period period = measured == null ? Period.MONTHLY : measured;
        double minutes = (100 - percent.doubleValue()) / 100 * period.days() * 24 * 60 * coveredShare;
        String covered = coveredShare < 1 ? " of covered time" : "";
        String per = " per " + switch (period) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case QUARTERLY -> "quarter";
            case ANNUALLY -> "year";
        };
        if (minutes < 120) {
            return trimmed(minutes) + " minutes" + per + covered;
        }
        return trimmed(minutes / 60) + " hours" + per + covered;
    }

    /** The share of a week's minutes that the coverage is in force (public holidays aside). */
    static double coveredShare(SlaLine.Coverage coverage) {
        return switch (coverage.kind()) {
            case ALWAYS -> 1.0;
            case BUSINESS_HOURS -> 5 * 8 / (7 * 24.0);
            case WINDOWS -> {
                boolean[] week = new boolean[7 * CoverageWindow.DAY_MINUTES];
                for (CoverageWindow window : coverage.windows()) {
                    for (java.time.DayOfWeek day : window.days()) {
                        int base = (day.getValue() - 1) * CoverageWindow.DAY_MINUTES;
                        for (int minute = 0; minute < CoverageWindow.DAY_MINUTES; minute++) {
                            week[base + minute] |= window.allDay() || window.covers(minute);
                        }
                    }
                }
                int covered = 0;
                for (boolean on : week) {
                    covered += on ? 1 : 0;
                }
                yield covered == 0 ? 1.0 : covered / (double) week.length;
            }
        };
    }

    private static String trimmed(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.1f", value)).stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
