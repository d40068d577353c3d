package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
    @Test
    void resultsComeInTheItemsOrderWhateverFinishesFirst() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        // Early items take longest, so later ones finish first on the other threads.
        InOrder.map(items, 3, i -> {
            sleep(i % 7 == 0 ? 5 : 0);
            return i * 10;
        }, seen::add);
        assertEquals(items.stream().map(i -> i * 10).toList(), seen);
    }

    @Test
    void onlyAWindowOfItemsIsInFlight() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        List<Integer> consumed = new ArrayList<>();
        InOrder.map(IntStream.range(0, 500).boxed().toList(), 2, i -> {
            int ahead = started.incrementAndGet() - consumedSize(consumed);
            maxAhead.accumulateAndGet(ahead, Math::max);
            return i;
        }, i -> {
            synchronized (consumed) {
                consumed.add(i);
            }
        });
        assertEquals(500, consumed.size());
        assertTrue(maxAhead.get() <= 2 * 4 + 1, "at most the window runs ahead of the writer: " + maxAhead.get());
    }

    @Test
    void aFailureReachesTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InOrder.map(List.of(1, 2, 3), 2, i -> {
            if (i == 2) {
                throw new IllegalStateException("two");
            }
            return i;
        }, i -> { }));
        assertEquals("two", e.getMessage());
    }

    private static int consumedSize(List<Integer> consumed) {
        synchronized (consumed) {
            return consumed.size();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
