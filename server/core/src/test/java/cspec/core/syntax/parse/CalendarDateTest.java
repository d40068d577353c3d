package cspec.core.syntax.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A DATE token's date is the one LocalDate.parse gives, and the same texts are refused. */
class CalendarDateTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06", "2024-02-29", "0000-01-01", "9999-12-31", "2000-02-29", "0001-10-09"})
    void realDatesAreReadAsLocalDateParseReadsThem(String text) {
        assertEquals(LocalDate.parse(text), Leaves.calendarDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10",
        "2026-01-00", "2026-1-01", "26-01-01", "2026/01/01", "２０２６-01-01"})
    void textsThatAreNoCalendarDateAreRefused(String text) {
        assertThrows(DateTimeException.class, () -> LocalDate.parse(text));
        assertThrows(DateTimeException.class, () -> Leaves.calendarDate(text));
    }
}
