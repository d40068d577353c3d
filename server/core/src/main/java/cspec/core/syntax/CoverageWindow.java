package cspec.core.syntax;

import cspec.core.text.Span;
import java.time.DayOfWeek;
import java.util.Set;

/**
 * One window of an SLA's coverage: {@code Mon-Fri 17:00-09:00}, {@code weekends 24x7},
 * {@code holidays 24x7}. days are the weekdays it applies to (empty for public holidays, which
 * have windows of their own); from and to are minutes of the day, 0 to 1440. A window whose end
 * is before its start wraps past midnight: on each of its days it covers from the start to
 * midnight and from midnight to the end.
 */
public record CoverageWindow(Span span, Span daysSpan, Set<DayOfWeek> days, boolean publicHolidays,
        int fromMinute, int toMinute) {
    public static final int DAY_MINUTES = 24 * 60;

    public CoverageWindow {
        days = Set.copyOf(days);
    }

    public boolean allDay() {
        return fromMinute == 0 && toMinute == DAY_MINUTES;
    }

    /** Whether the window covers the given minute of a day it applies to. */
    public boolean covers(int minute) {
        if (fromMinute < toMinute) {
            return minute >= fromMinute && minute < toMinute;
        }
        return minute >= fromMinute || minute < toMinute;
    }
}
