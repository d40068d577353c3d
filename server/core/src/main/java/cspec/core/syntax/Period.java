package cspec.core.syntax;

import java.util.Locale;
import java.util.Optional;

/** How often an SLA is measured or reported. */
public enum Period {
    DAILY(1), WEEKLY(7), MONTHLY(30), QUARTERLY(91), ANNUALLY(365);

    private final int days;

    Period(int days) {
        this.days = days;
    }

    /** Approximate length in days, for the downtime an availability allows per period. */
    public int days() {
        return days;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Period> parse(String word) {
        for (Period p : values()) {
            if (p.word().equals(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
