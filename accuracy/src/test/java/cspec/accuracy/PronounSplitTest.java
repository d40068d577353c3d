package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pronoun split is a stratified partition of the set, and the committed parts are that split. */
class PronounSplitTest {
    private static final Path PRONOUNS = ModuleFiles.dir().resolve("corpus").resolve("pronouns");

    private static List<String> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return new ArrayList<>(lines.subList(1, lines.size()));
    }

    @Test
    void everyRowGoesToExactlyOnePartWithThirtyPercentOfEachLabelHeldOut() throws IOException {
        List<String> all = rows(PRONOUNS.resolve("training.tsv"));
        PronounSplit.Split split = PronounSplit.split(all);
        List<String> together = new ArrayList<>(split.tuning());
        together.addAll(split.heldOut());
        assertEquals(all.stream().sorted().toList(), together.stream().sorted().toList());
        Map<String, int[]> perLabel = new TreeMap<>();
        all.forEach(r -> perLabel.computeIfAbsent(PronounSplit.label(r), l -> new int[2])[0]++);
        split.heldOut().forEach(r -> perLabel.get(PronounSplit.label(r))[1]++);
        assertEquals(2, perLabel.size(), "two labels: NOCUOUS and INNOCUOUS");
        perLabel.forEach((label, counts) -> assertEquals(Math.round(counts[0] * 0.3), counts[1], label));
    }

    @Test
    void theCommittedPartsAreTheSplitOfTheCommittedSet() throws IOException {
        PronounSplit.Split split = PronounSplit.split(rows(PRONOUNS.resolve("training.tsv")));
        assertEquals(split.tuning(), rows(PRONOUNS.resolve("split").resolve("tuning.tsv")));
        assertEquals(split.heldOut(), rows(PRONOUNS.resolve("split").resolve("heldout.tsv")));
        assertTrue(split.heldOut().size() > 0);
    }
}
