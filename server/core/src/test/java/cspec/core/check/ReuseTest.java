package cspec.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * The store between a document's versions: a value is computed once and reused by the next
 * version for an equal key, and what the store keeps is the first version's key, so each new
 * version's equal copy of a prose's text can be collected at once rather than live on to the
 * next edit (which, on large documents, made the collector's cost grow faster than the text).
 */
class ReuseTest {

    /** A key as checks build them: the inputs in full, a fresh copy for each version. */
    private record ProseKey(String text) {
        static ProseKey copyOf(String text) {
            return new ProseKey(new StringBuilder(text).toString());
        }
    }

    @Test
    void theNextVersionReusesTheValueForAnEqualKey() {
        Reuse reuse = Reuse.acrossVersions();
        Reuse.Round first = reuse.round();
        assertEquals("findings", first.get(ProseKey.copyOf("The Supplier must report."), () -> "findings"));
        first.finish();

        Reuse.Round second = reuse.round();
        Object reused = second.get(ProseKey.copyOf("The Supplier must report."), () -> fail("computed again"));
        assertEquals("findings", reused);
    }

    @Test
    void aValueUnusedByTheLastVersionIsComputedAgain() {
        Reuse reuse = Reuse.acrossVersions();
        Reuse.Round first = reuse.round();
        first.get(ProseKey.copyOf("old text"), () -> "old");
        first.finish();
        Reuse.Round second = reuse.round();
        second.finish(); // the prose was deleted in this version

        assertEquals("new", reuse.round().get(ProseKey.copyOf("old text"), () -> "new"));
    }

    @Test
    void theStoreKeepsTheFirstKeyNotEachVersionsCopy() throws InterruptedException {
        Reuse reuse = Reuse.acrossVersions();
        Reuse.Round first = reuse.round();
        first.get(ProseKey.copyOf("The Supplier must report."), () -> "findings");
        first.finish();

        ProseKey secondCopy = ProseKey.copyOf("The Supplier must report.");
        WeakReference<ProseKey> secondKey = new WeakReference<>(secondCopy);
        Reuse.Round second = reuse.round();
        second.get(secondCopy, () -> "computed again");
        second.finish();
        secondCopy = null;

        for (int i = 0; i < 50 && secondKey.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(secondKey.get(), "the store still holds the second version's copy of the key");
        // The store itself is alive and still answers for the text.
        assertEquals("findings", reuse.round().get(ProseKey.copyOf("The Supplier must report."), () -> "computed again"));
    }
}
