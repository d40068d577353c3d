package cspec.core.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.TestDisk;
import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.RepoFiles;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A contract written by someone else from the language brief alone (see acceptance/README.md):
 * it must parse without syntax errors, and each planted defect in expected.tsv must be reported
 * by the right rule on the right line.
 */
class AcceptanceTest {
    private static final Path DIR = RepoFiles.root().resolve("server/core/src/test/resources/acceptance");

    @Test
    void plantedDefectsAreEachReportedByTheRightRuleOnTheRightLine() throws Exception {
        List<Path> contracts;
        try (var files = Files.list(DIR)) {
            contracts = files.filter(p -> p.toString().endsWith(".cspec")).sorted().toList();
        }
        assertTrue(!contracts.isEmpty(), "no acceptance contract in " + DIR);
        Path expectedFile = DIR.resolve("expected.tsv");
        List<String> missing = new ArrayList<>();
        int planted = 0;
        for (Path contract : contracts) {
            SourceText source = new SourceText(contract.toString(), Files.readString(contract));
            AnalysisResult result = Analyzer.analyze(source, contract, new Workspace(DIR, Config.DEFAULT, TestDisk.FILES));
            List<Diagnostic> syntax = result.diagnostics().stream().filter(d -> d.ruleId().equals("syntax")).toList();
            assertEquals(List.of(), describe(source, syntax), contract.getFileName() + " must parse cleanly");
            for (String row : Files.readAllLines(expectedFile)) {
                String[] cells = row.split("\t");
                if (row.isBlank() || row.startsWith("#") || cells.length < 2 || !cells[0].matches("\\d+")) {
                    continue;
                }
                planted++;
                int line = Integer.parseInt(cells[0]) - 1;
                String rule = cells[1].strip();
                boolean found = result.diagnostics().stream().anyMatch(d -> d.ruleId().equals(rule)
                        && source.lines().lineOf(d.span().start()) <= line && source.lines().lineOf(d.span().end()) >= line);
                if (!found) {
                    missing.add((line + 1) + "\t" + rule + "\t" + (cells.length > 2 ? cells[2] : ""));
                }
            }
            if (!missing.isEmpty()) {
                missing.add("-- found instead:");
                missing.addAll(describe(source, result.diagnostics()));
            }
        }
        assertTrue(planted >= 25, "expected.tsv should plant at least 25 defects, has " + planted);
        assertEquals("", String.join("\n", missing), "planted defects that were not reported");
    }

    private static List<String> describe(SourceText source, List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> (source.lines().lineOf(d.span().start()) + 1) + "\t" + d.ruleId() + "\t" + d.message())
                .collect(Collectors.toList());
    }
}
