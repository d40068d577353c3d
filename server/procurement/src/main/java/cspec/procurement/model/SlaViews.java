package cspec.procurement.model;

import cspec.core.syntax.Duration;
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
        String coverage = sla.all(SlaLine.Coverage.class).findFirst().map(c -> source.slice(c.span())
                .replaceFirst("^coverage\\s+", "")).map(SlaViews::coverageWords).orElse("");
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
        List<Map<String, Duration>> rows = new ArrayList<>();
        List<SlaLine.SeverityLevel> levels = sla.all(SlaLine.SeverityLevel.class).toList();
        for (SlaLine.SeverityLevel level : levels) {
            Map<String, Duration> row = timersOf(level);
            row.keySet().forEach(name -> timers.putIfAbsent(name, timers.size()));
            rows.add(row);
        }
        List<SlaView.Severity> severities = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            SlaLine.SeverityLevel level = levels.get(i);
            Map<String, Duration> row = rows.get(i);
            List<String> cells = timers.keySet().stream().map(t -> row.containsKey(t) ? row.get(t).canonical() : "").toList();
            severities.add(new SlaView.Severity(level.id().text(), level.label() == null ? "" : level.label().value(),
                    Text.of(level.prose(), source), cells));
        }
        List<SlaView.Metric> metrics = sla.all(SlaLine.Metric.class).map(m -> new SlaView.Metric(m.id().text(),
                m.label() == null ? "" : m.label().value(), target(m, source))).toList();
        return new SlaView(sla.id().text(), sla.title() == null ? sla.id().text() : sla.title().value(),
                measured == null ? "" : capitalised(measured.word()), coverage,
                availability == null ? "" : percent(availability.percent()),
                availability == null ? "" : downtime(availability.percent(), measured),
                timers.keySet().stream().map(SlaViews::capitalised).toList(), severities,
                credit == null ? "" : percent(credit.percent()) + " of the monthly fee per breach",
                credit == null || credit.cap() == null ? "" : percent(credit.cap()) + " of the monthly fee",
                reporting, metrics, inside);
    }

    /** The timers a severity states, by name in the order written. */
    private static Map<String, Duration> timersOf(SlaLine.SeverityLevel level) {
        Map<String, Duration> timers = new LinkedHashMap<>();
        if (level.response() != null) {
            timers.put("response", level.response());
        }
        if (level.resolution() != null) {
            timers.put("resolution", level.resolution());
        }
        return timers;
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
     * stated): 99.9% of a 30-day month leaves 43.2 minutes.
     */
    static String downtime(BigDecimal percent, Period measured) {
        Period period = measured == null ? Period.MONTHLY : measured;
        double minutes = (100 - percent.doubleValue()) / 100 * period.days() * 24 * 60;
        String per = " per " + switch (period) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case QUARTERLY -> "quarter";
            case ANNUALLY -> "year";
        };
        if (minutes < 120) {
            return trimmed(minutes) + " minutes" + per;
        }
        return trimmed(minutes / 60) + " hours" + per;
    }

    private static String trimmed(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.1f", value)).stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    private static String coverageWords(String written) {
        return switch (written.strip()) {
            case "24x7", "24/7" -> "24 hours a day, 7 days a week";
            case "business-hours" -> "Business hours";
            default -> written.strip();
        };
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
