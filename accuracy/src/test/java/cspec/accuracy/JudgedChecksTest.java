package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The independent reviewer's verdicts on the checks of issue 10 ({@code checks/judged-*.tsv}) as a
 * regression set: {@code checks/findings.tsv} is what {@link ChecksReport} writes today, the judged
 * findings it still holds are right at least 8 times in 10 ({@code TP / (TP + FP)}, converter
 * defects apart), and at least 9 in 10 of the judged true problems are still found. Rows are
 * matched by their stable key.
 */
class JudgedChecksTest {
    private static List<List<String>> rows;

    @BeforeAll
    static void report() throws IOException {
        Path checks = ModuleFiles.dir().resolve("checks");
        rows = ChecksReport.allRows(ModuleFiles.converted(), checks.resolve("services-agreement.cspec"),
                ModuleFiles.dir().resolveSibling("samples").resolve("out-of-hours-soc.cspec"));
    }

    private static Set<String> keys() {
        return rows.stream().map(r -> r.get(0)).collect(Collectors.toSet());
    }

    private static List<Map<String, String>> judged() throws IOException {
        List<Map<String, String>> judged = new ArrayList<>();
        try (Stream<Path> files = Files.list(ModuleFiles.dir().resolve("checks"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("judged-.*\\.tsv")).sorted().toList()) {
                Tsv.read(file).stream().filter(r -> !r.getOrDefault("verdict", "").isBlank()).forEach(judged::add);
            }
        }
        return judged;
    }

    @Test
    void theCommittedFindingsAreWhatTheReportWritesToday() throws IOException {
        List<String> committed = Tsv.read(ModuleFiles.dir().resolve("checks").resolve("findings.tsv")).stream()
                .map(r -> r.get("key")).toList();
        assertEquals(committed, rows.stream().map(r -> r.get(0)).toList(),
                "checks/findings.tsv is stale: run ChecksReport again (see checks/README.md)");
    }

    @Test
    void atLeastEightInTenJudgedFindingsStillShownAreRight() throws IOException {
        Set<String> shown = keys();
        int tp = 0;
        int fp = 0;
        List<String> falseAlarms = new ArrayList<>();
        for (Map<String, String> row : judged()) {
            if (!shown.contains(row.get("key"))) {
                continue;
            }
            String verdict = row.get("verdict").strip();
            tp += verdict.equals("TP") ? 1 : 0;
            if (verdict.equals("FP")) {
                fp++;
                falseAlarms.add(row.get("contract") + " " + row.get("range_text") + " (" + row.get("note") + ")");
            }
        }
        assertTrue(tp > 0, "no judged true problem is found");
        assertTrue(tp * 10 >= (tp + fp) * 8, tp + " right of " + (tp + fp) + "; false alarms: " + falseAlarms);
    }

    @Test
    void atLeastNineInTenJudgedTrueProblemsAreStillFound() throws IOException {
        Set<String> shown = keys();
        List<Map<String, String>> truths = judged().stream().filter(r -> r.get("verdict").strip().equals("TP")).toList();
        long found = truths.stream().filter(r -> shown.contains(r.get("key"))).count();
        assertTrue(!truths.isEmpty() && found * 10 >= truths.size() * 9L,
                "only " + found + " of " + truths.size() + " judged true problems are still found");
    }
}
