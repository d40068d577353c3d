package cspec.core.syntax;

/** The units a duration may carry, with the minutes each compares as. */
public enum TimeUnit {
    MINUTE("minute", "minutes", 1),
    HOUR("hour", "hours", 60),
    BUSINESS_HOUR("business hour", "business hours", 60),
    DAY("day", "days", 24 * 60),
    BUSINESS_DAY("business day", "business days", 8 * 60),
    WEEK("week", "weeks", 7 * 24 * 60),
    MONTH("month", "months", 30 * 24 * 60),
    YEAR("year", "years", 365 * 24 * 60);

    private final String singular;
    private final String plural;
    private final double minutes;

    TimeUnit(String singular, String plural, double minutes) {
        this.singular = singular;
        this.plural = plural;
        this.minutes = minutes;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    public double minutes() {
        return minutes;
    }
}
