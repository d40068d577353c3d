package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.CoverageWindow;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An SLA's coverage windows: {@code sla-coverage-overlap} (two windows covering the same hours,
 * so it is unclear which terms apply), {@code sla-clock-never-runs} (a clock in business hours
 * under coverage that has none) and {@code sla-coverage-gap} (text inside the SLA promises 24x7,
 * but its coverage leaves hours out). Public holidays have windows of their own; an SLA that
 * gives none treats a holiday as the weekday it falls on.
 */
public final class SlaCoverage implements Check {
    private static final int DAY = CoverageWindow.DAY_MINUTES;
    private static final int BUSINESS_START = 9 * 60;
    private static final int BUSINESS_END = 17 * 60;

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        for (Outline.Placed<Sla> placed : context.outline().slas()) {
            Sla sla = placed.item();
            sla.all(SlaLine.Coverage.class).findFirst().ifPresent(coverage -> check(context.source(), sla, coverage, report));
        }
    }

    private static void check(SourceText source, Sla sla, SlaLine.Coverage coverage, Consumer<Diagnostic> report) {
        int[] week = new int[7 * DAY];
        int[] holiday = new int[DAY];
        java.util.Arrays.fill(week, -1);
        java.util.Arrays.fill(holiday, -1);
        boolean holidayWindows = false;
        switch (coverage.kind()) {
            case ALWAYS -> java.util.Arrays.fill(week, 0);
            case BUSINESS_HOURS -> {
                for (int d = 0; d < 5; d++) {
                    java.util.Arrays.fill(week, d * DAY + BUSINESS_START, d * DAY + BUSINESS_END, 0);
                }
            }
            case WINDOWS -> {
                List<CoverageWindow> windows = coverage.windows();
                for (int i = 0; i < windows.size(); i++) {
                    CoverageWindow w = windows.get(i);
                    holidayWindows |= w.publicHolidays();
                    overlap(source, w, i, windows, mark(w, i, week, holiday)).ifPresent(report);
                }
            }
        }
        if (!coversBusinessHours(week)) {
            businessClocks(sla).forEach(d -> report.accept(Diagnostic.of(Rule.SLA_CLOCK_NEVER_RUNS, d.span(),
                            "`" + source.slice(d.span()) + "` counts business hours (Monday to Friday, 09:00 to 17:00), but"
                                    + " SLA `" + sla.id().text() + "` covers none of them, so this clock never runs: write it in"
                                    + " hours, or add business hours to the coverage.")
                    .withRelated(RelatedLocation.here(coverage.span(), "The coverage of SLA `" + sla.id().text() + "`."))));
        }
        boolean holidaysCovered = holidayWindows ? full(holiday) : true;
        if (full(week) && holidaysCovered) {
            return;
        }
        for (Span promise : promises(source, sla)) {
            report.accept(Diagnostic.of(Rule.SLA_COVERAGE_GAP, promise, "This promises 24x7, but the coverage of SLA `"
                            + sla.id().text() + "` leaves out " + gap(week, holiday, holidayWindows) + ": add coverage"
                            + " windows for those hours, or say here which hours the service covers.")
                    .withRelated(RelatedLocation.here(coverage.span(), "The coverage of SLA `" + sla.id().text() + "`.")));
        }
    }

    /** Marks the minutes a window covers; returns the first minute (week or holiday) another window already had, else -1. */
    private static int[] mark(CoverageWindow w, int index, int[] week, int[] holiday) {
        int[] clash = {-1, -1};
        if (w.publicHolidays()) {
            for (int m = 0; m < DAY; m++) {
                if (w.covers(m)) {
                    if (holiday[m] >= 0 && clash[0] < 0) {
                        clash[0] = holiday[m];
                        clash[1] = m;
                    }
                    holiday[m] = index;
                }
            }
            return clash;
        }
        for (DayOfWeek day : new java.util.TreeSet<>(w.days())) {
            int base = (day.getValue() - 1) * DAY;
            for (int m = 0; m < DAY; m++) {
                if (w.covers(m)) {
                    if (week[base + m] >= 0 && clash[0] < 0) {
                        clash[0] = week[base + m];
                        clash[1] = base + m;
                    }
                    week[base + m] = index;
                }
            }
        }
        return clash;
    }

    private static Optional<Diagnostic> overlap(SourceText source, CoverageWindow w, int index, List<CoverageWindow> windows,
            int[] clash) {
        if (clash[0] < 0 || clash[0] == index) {
            return Optional.empty();
        }
        CoverageWindow earlier = windows.get(clash[0]);
        String when = w.publicHolidays() ? "public holidays from " + time(clash[1]) : "from " + moment(clash[1]);
        return Optional.of(Diagnostic.of(Rule.SLA_COVERAGE_OVERLAP, w.span(), "`" + source.slice(w.span())
                        + "` covers " + when + ", which `" + source.slice(earlier.span()) + "` already covers: give each hour"
                        + " of the week to one window, so it is clear which terms apply.")
                .withRelated(RelatedLocation.here(earlier.span(), "The window that covers it first.")));
    }

    private static boolean coversBusinessHours(int[] week) {
        for (int d = 0; d < 5; d++) {
            for (int m = d * DAY + BUSINESS_START; m < d * DAY + BUSINESS_END; m++) {
                if (week[m] >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The durations in business units of the SLA's timers and metric targets. */
    private static List<cspec.core.syntax.Duration> businessClocks(Sla sla) {
        List<cspec.core.syntax.Duration> out = new ArrayList<>();
        for (var item : sla.items()) {
            if (item instanceof SlaLine.SeverityLevel level) {
                level.timers().forEach(t -> out.add(t.duration()));
            } else if (item instanceof SlaLine.Metric metric && metric.target() instanceof SlaLine.Target.Time time) {
                out.add(time.duration());
            }
        }
        out.removeIf(d -> d.unit() != cspec.core.syntax.TimeUnit.BUSINESS_HOUR && d.unit() != cspec.core.syntax.TimeUnit.BUSINESS_DAY);
        return out;
    }

    private static boolean full(int[] minutes) {
        for (int owner : minutes) {
            if (owner < 0) {
                return false;
            }
        }
        return true;
    }

    /** "40 hours a week, from Monday 09:00" or "public holidays from 00:00". */
    private static String gap(int[] week, int[] holiday, boolean holidayWindows) {
        int missing = 0;
        int first = -1;
        for (int m = 0; m < week.length; m++) {
            if (week[m] < 0) {
                missing++;
                first = first < 0 ? m : first;
            }
        }
        if (first < 0) {
            int at = 0;
            while (holiday[at] >= 0) {
                at++;
            }
            return "public holidays from " + time(at);
        }
        String hours = new java.math.BigDecimal(missing / 60.0).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return hours + " hours a week (the first from " + moment(first) + ")";
    }

    private static String moment(int minuteOfWeek) {
        DayOfWeek day = DayOfWeek.of(minuteOfWeek / DAY + 1);
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + time(minuteOfWeek % DAY);
    }

    private static String time(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    /** The unqualified promises of round-the-clock service in the SLA's own text. */
    private static List<Span> promises(SourceText source, Sla sla) {
        List<Span> out = new ArrayList<>();
        for (var item : sla.items()) {
            Prose prose = item instanceof Requirement r ? r.prose()
                    : item instanceof SlaLine.SeverityLevel level ? level.prose() : null;
            if (prose != null) {
                out.addAll(CoveragePromises.in(prose.maskedText(source), prose.span().start()));
            }
        }
        return out;
    }
}
