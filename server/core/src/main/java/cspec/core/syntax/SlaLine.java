package cspec.core.syntax;

import cspec.core.text.Span;
import java.math.BigDecimal;

/** The measurable lines of an SLA block. */
public sealed interface SlaLine extends SlaItem {

    record Measured(Span span, Period period) implements SlaLine {
    }

    enum CoverageKind { ALWAYS, BUSINESS_HOURS }

    /** {@code coverage 24x7} (also 24/7) or {@code coverage business-hours}. */
    record Coverage(Span span, CoverageKind kind) implements SlaLine {
    }

    /** {@code availability 99.9%}; percentSpan covers the number and its '%'. */
    record Availability(Span span, BigDecimal percent, Span percentSpan) implements SlaLine {
    }

    /** {@code severity P1 "Critical" response within 15 minutes resolution within 4 hours: prose}. */
    record SeverityLevel(Span span, Ident id, Str label, Duration response, Duration resolution, Prose prose)
            implements SlaLine {
    }

    record Report(Span span, Period period) implements SlaLine {
    }

    /** {@code credit 5% per breach cap 20%}; cap is null when uncapped. */
    record Credit(Span span, BigDecimal percent, Span percentSpan, BigDecimal cap, Span capSpan) implements SlaLine {
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
