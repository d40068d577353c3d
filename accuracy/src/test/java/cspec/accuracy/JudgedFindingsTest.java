package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged samples as a regression set (issue 11): every finding an independent reviewer
 * judged a false alarm ({@code FP}) must stay gone from the findings cspec shows by default on
 * the converted contracts, so a false alarm that comes back fails the build; and at least 9 in 10
 * of the true problems ({@code TP}) of the baseline must still be found, shown or as a hint. Rows
 * are matched by their stable {@code key}. Every judged sample in {@code baseline/} and
 * {@code final/} ({@code sample-*.tsv} with a {@code verdict} column) is read; rows without a
 * verdict yet are skipped.
 */
class JudgedFindingsTest {
    private static Set<String> shown;
    private static Set<String> hints;

    @BeforeAll
    static void findings() throws IOException {
        shown = keys(FindingsReport.findings(ModuleFiles.converted(), false));
        hints = keys(FindingsReport.findings(ModuleFiles.converted(), true));
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> keys = new HashSet<>();
        findings.forEach(f -> keys.add(f.key()));
        return keys;
    }

    private static List<Map<String, String>> judged() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String folder : List.of("baseline", "final")) {
            Path dir = ModuleFiles.dir().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.getFileName().toString().matches("sample-.*\\.tsv")).sorted().toList()) {
                    for (Map<String, String> row : Tsv.read(file)) {
                        String verdict = row.getOrDefault("verdict", "");
                        if (!verdict.isBlank()) {
                            rows.add(row);
                        }
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void noJudgedFalseAlarmIsShownAgain() throws IOException {
        List<String> back = new ArrayList<>();
        for (Map<String, String> row : judged()) {
            if (row.get("verdict").strip().equals("FP") && shown.contains(row.get("key"))) {
                back.add(row.get("key") + " " + row.get("rule") + " `" + row.get("matched_text") + "` in "
                        + row.get("contract") + " (" + row.get("note") + ")");
            }
        }
        assertEquals(List.of(), back, "false alarms the reviewer judged are shown by default again");
    }

    @Test
    void atLeastNineInTenBaselineTrueProblemsAreStillFound() throws IOException {
        int tp = 0;
        int found = 0;
        for (Map<String, String> row : judged()) {
            if (row.get("verdict").strip().equals("TP") && row.get("key") != null) {
                tp++;
                found += shown.contains(row.get("key")) || hints.contains(row.get("key")) ? 1 : 0;
            }
        }
        assertTrue(tp > 0, "no judged true problems found in the samples");
        assertTrue(found * 10 >= tp * 9, "only " + found + " of " + tp + " judged true problems are still found");
    }
}
