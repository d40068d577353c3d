package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The noun table reads the same whatever line ends a checkout gave it. */
class NounClassesTest {
    private static final String TABLE = "# noun TAB classes\nuser\tp\nrouter\tdo\n";

    @Test
    void crLfLinesGiveTheSameClassesAsLfLines() {
        Map<String, Integer> lf = NounClasses.parse(TABLE.getBytes(StandardCharsets.US_ASCII));
        Map<String, Integer> crLf = NounClasses.parse(TABLE.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals(lf, crLf);
        assertEquals(NounClasses.Kind.PERSON.bit(), crLf.get("user"));
        assertEquals(NounClasses.mask(NounClasses.Kind.ARTIFACT, NounClasses.Kind.OBJECT), crLf.get("router"));
    }

    @Test
    void theShippedTableKnowsPeopleAndThings() {
        assertTrue(NounClasses.onlyPerson("user"));
        assertTrue(NounClasses.canBe("router", NounClasses.mask(NounClasses.Kind.ARTIFACT)));
    }
}
