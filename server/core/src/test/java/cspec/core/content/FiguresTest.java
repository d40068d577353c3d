package cspec.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private static List<String> durations(String text) {
        return Figures.durations(text).stream().map(Figures.Figure::text).toList();
    }

    @Test
    void durationsAreFoundInAnyCaseWrittenInDigitsWordsOrBoth() {
        assertEquals(List.of("4 Hours", "thirty (30) days", "Twelve Months", "2 business days", "90 MINS"),
                durations("Respond within 4 Hours, pay within thirty (30) days, keep Twelve Months, cure in 2 business"
                        + " days and restore in 90 MINS."));
    }

    @Test
    void numbersInsideWordsOrAfterADotAreNotDurations() {
        assertEquals(List.of(), durations("Version v4 days, section 2.5.4 hours, x12 months, anyone days."));
        assertEquals(List.of(), durations("No unit here: 4, forty and 99.9%."));
    }

    @Test
    void aNumberWordThatNamesNoKnownNumberSkipsItsWholeMatch() {
        // "and four" is one match with no known value: skipped, and "four hours" is not read inside it.
        assertEquals(List.of(), durations("and four hours"));
        assertEquals(List.of("four hours"), durations("within four hours"));
    }

    @Test
    void durationAtReadsTheDurationStartingThereAsDurationsDoes() {
        String text = "Acknowledge within One (1) hour and resolve no later than 5 Business Days.";
        List<Figures.Figure> all = Figures.durations(text);
        assertEquals(all.get(0), Figures.durationAt(text, text.indexOf("One")));
        assertEquals(all.get(1), Figures.durationAt(text, text.indexOf("5 Bus")));
        assertNull(Figures.durationAt(text, text.indexOf("hour")));
        assertNull(Figures.durationAt(text, text.indexOf("ne (1)")));
        assertNull(Figures.durationAt(text, text.length()));
    }

    @Test
    void mayHoldDurationWhereverAUnitWordEndsAWordAsTheDurationsRead() {
        for (String text : List.of("within 4 Hours", "24hours.", "fivedays", "5 HRS", "thirty (30) day", "1 min", "2 Weeks;")) {
            assertEquals(1, Figures.durations(text).size(), text);
            assertTrue(Figures.mayHoldDuration(text, 0, text.length()), text);
        }
        assertFalse(Figures.mayHoldDuration("Keep the keys in a vault, in daylight, should they ask.", 0, 55));
        // Only up to the end given: "4 hours" lies after it.
        assertFalse(Figures.mayHoldDuration("Respond within 4 hours.", 0, 16));
    }
}
