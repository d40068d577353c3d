package cspec.core.syntax;

import cspec.core.text.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The measurable lines of an SLA block. */
public sealed interface SlaLine extends SlaItem {

    record Measured(Span span, Period period) implements SlaLine {
    }

    /** ALWAYS is 24x7, BUSINESS_HOURS is Monday to Friday 09:00-17:00, WINDOWS is the windows listed. */
    enum CoverageKind { ALWAYS, BUSINESS_HOURS, WINDOWS }

    /**
     * {@code coverage 24x7}, {@code coverage business-hours}, or windows such as
     * {@code coverage Mon-Fri 17:00-09:00, weekends 24x7, holidays 24x7}, each optionally followed
     * by {@code zone "Europe/London"}. The SLA's clocks run only while the coverage is in force.
     * windows is empty unless kind is WINDOWS; zone may be null.
     */
    record Coverage(Span span, CoverageKind kind, List<CoverageWindow> windows, Str zone) implements SlaLine {
        public Coverage {
            windows = List.copyOf(windows);
        }
    }

    /** {@code availability 99.9%}; percentSpan covers the number and its '%'. */
    record Availability(Span span, BigDecimal percent, Span percentSpan) implements SlaLine {
    }

    /**
     * {@code severity P1 "Critical" response within 15 minutes resolution within 4 hours: prose},
     * with any timers in any order; the prose, when given, is the severity's definition.
     */
    record SeverityLevel(Span span, Ident id, Str label, List<Timer> timers, Prose prose) implements SlaLine {
        public SeverityLevel {
            timers = List.copyOf(timers);
        }

        /** The first timer of that name, as written. */
        public Optional<Timer> timer(String name) {
            for (Timer t : timers) {
                if (t.name().text().equals(name)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }

        /** The response time, or null when the severity has none. */
        public Duration response() {
            return timer(Timers.RESPONSE).map(Timer::duration).orElse(null);
        }

        /** The resolution time, or null when the severity has none. */
        public Duration resolution() {
            return timer(Timers.RESOLUTION).map(Timer::duration).orElse(null);
        }
    }

    /**
     * One clock of a severity: {@code triage within 1 hour}, optionally bounded by an event,
     * {@code or "the end of the shift", whichever is sooner}. bound may be null.
     */
    record Timer(Span span, Ident name, Duration duration, EventBound bound) {
    }

    /** {@code or "the end of the shift", whichever is sooner} (sooner) or {@code ... is later}. */
    record EventBound(Span span, Str event, boolean sooner) {
    }

    /** {@code timer handover "Handover to the day team"}: a timer name this SLA adds to the standard ones. */
    record TimerName(Span span, Ident id, Str label) implements SlaLine {
    }

    record Report(Span span, Period period) implements SlaLine {
    }

    /** {@code credit 5% per breach cap 20%}; cap is null when uncapped. */
    record Credit(Span span, BigDecimal percent, Span percentSpan, BigDecimal cap, Span capSpan) implements SlaLine {
    }

    /**
     * {@code bonus 2% per period met cap 6%}: for each measurement period in which every level of
     * the SLA is met, the provider earns that percentage of the period's fee, up to the cap (a
     * percentage of the fees of a contract year); cap is null when uncapped.
     */
    record Bonus(Span span, BigDecimal percent, Span percentSpan, BigDecimal cap, Span capSpan) implements SlaLine {
    }

    enum Bound { AT_MOST, AT_LEAST, EXACTLY }

    /** {@code metric ID "Label" target [at most|at least] value}. */
    record Metric(Span span, Ident id, Str label, Bound bound, Target target) implements SlaLine {
    }

    /** A metric's target: a duration, a percentage or a plain number. */
    sealed interface Target {
        Span span();

        record Time(Duration duration) implements Target {
            public Span span() {
                return duration.span();
            }
        }

        record Percent(BigDecimal value, Span span) implements Target {
        }

        record Count(BigDecimal value, Span span) implements Target {
        }
    }
}
