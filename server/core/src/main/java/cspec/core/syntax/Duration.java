package cspec.core.syntax;

import cspec.core.text.Span;
import java.math.BigDecimal;

/** A number and a unit (4 hours, 3 business days). */
public record Duration(BigDecimal amount, TimeUnit unit, Span span) {

    /**
     * Minutes, for comparisons only. A business day counts as 8 business hours and a business
     * hour as an hour (docs/rules.md states this approximation); a month is 30 days, a year 365.
     */
    public double minutes() {
        return amount.doubleValue() * unit.minutes();
    }

    /** The canonical spelling the formatter writes: "4 hours", "1 business day". */
    public String canonical() {
        String number = amount.stripTrailingZeros().toPlainString();
        boolean one = amount.compareTo(BigDecimal.ONE) == 0;
        return number + " " + (one ? unit.singular() : unit.plural());
    }
}
