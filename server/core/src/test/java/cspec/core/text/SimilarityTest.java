package cspec.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void aTieIsBrokenTheSameWayWhateverOrderTheCandidatesComeIn() {
        // "hourz" is one edit from both; the suggestion used to follow a Map key set's order,
        // which changes between runs, so the same file got "hour" in one run and "hours" in the next.
        assertEquals(Optional.of("hours"), Similarity.closest("hourz", List.of("hour", "hours")));
        assertEquals(Optional.of("hours"), Similarity.closest("hourz", List.of("hours", "hour")));
    }

    @Test
    void equalLengthsFallBackToAlphabeticalOrder() {
        assertEquals(Optional.of("bat"), Similarity.closest("cat", List.of("hat", "bat")));
        assertEquals(Optional.of("bat"), Similarity.closest("cat", List.of("bat", "hat")));
    }

    @Test
    void aNearerCandidateStillWinsOverATie() {
        assertEquals(Optional.of("day"), Similarity.closest("dya", List.of("days", "day")));
    }
}
