package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.TestDisk;
import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.RepoFiles;
import cspec.core.config.Config;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Text other engineers wrote without the wording engine in mind: the acceptance contract
 * (written from the language brief alone), the samples and the built-in clause library. The
 * wording rules must report exactly the wording defects planted in them and nothing else, so a
 * false positive on real prose fails the build.
 */
class OthersTextsTest {
    private static final Set<Rule.Area> PROSE_AREAS = Set.of(Rule.Area.WORDING);
    private static final Set<Rule> PROSE_REQUIREMENT_RULES =
            Set.of(Rule.MODALITY_MISMATCH, Rule.NO_RESPONSIBLE_PARTY, Rule.COMPOUND_REQUIREMENT);

    @Test
    void theAcceptanceContractGetsExactlyItsPlantedWordingDefects() throws IOException {
        Path dir = RepoFiles.root().resolve("server/core/src/test/resources/acceptance");
        Set<String> planted = new TreeSet<>();
        for (String row : Files.readAllLines(dir.resolve("expected.tsv"))) {
            String[] cells = row.split("\t");
            if (cells.length >= 2 && cells[0].matches("\\d+") && isProseRule(cells[1].strip())) {
                planted.add(cells[0] + " " + cells[1].strip());
            }
        }
        assertEquals(planted, found(dir.resolve("ir-retainer.cspec"), dir));
    }

    @Test
    void theCleanSamplesAndTheClauseLibraryGetNoWordingFinding() {
        Path root = RepoFiles.root();
        List<Path> clean = List.of(root.resolve("samples/managed-soc.cspec"), root.resolve("samples/mdr-service.cspec"),
                root.resolve("samples/out-of-hours-soc.cspec"),
                root.resolve("samples/workspace/siem-operations.cspec"),
                root.resolve("samples/workspace/library/siem-clauses.cspec"),
                root.resolve("server/core/src/main/resources/cspec/builtin/libraries/mssp-clauses.cspec"));
        for (Path file : clean) {
            if (Files.exists(file)) {
                assertEquals(Set.of(), found(file, file.getParent()), file.toString());
            }
        }
    }

    @Test
    void theFirstDraftGetsTheWordingFindingsItsReadmeLists() {
        Path file = RepoFiles.root().resolve("samples/first-draft.cspec");
        Set<String> expected = new TreeSet<>(List.of("23 open-ended", "24 mixed-obligation-verbs",
                "25 vague-term", "30 vague-time", "31 efforts-standard", "32 loophole", "33 vague-time",
                "37 no-responsible-party", "37 vague-quantity", "38 modality-mismatch", "39 compound-requirement",
                "40 no-responsible-party", "41 comparative", "49 passive-no-agent", "65 wordy",
                "67 no-responsible-party", "73 archaic"));
        assertEquals(expected, found(file, file.getParent()));
    }

    private static boolean isProseRule(String id) {
        return RuleRegistry.builtIn().byId(id).map(r -> PROSE_AREAS.contains(r.area()) || PROSE_REQUIREMENT_RULES.contains(r)).orElse(false);
    }

    /** "line rule-id" for each wording or prose-requirement finding in a file. */
    private static Set<String> found(Path file, Path workspaceRoot) {
        try {
            SourceText source = new SourceText(file.toString(), Files.readString(file));
            AnalysisResult result = Analyzer.analyze(source, file,
                    new Workspace(workspaceRoot, Config.DEFAULT, TestDisk.FILES));
            Set<String> out = new TreeSet<>();
            result.diagnostics().stream().filter(d -> isProseRule(d.ruleId()))
                    .forEach(d -> out.add((source.lines().lineOf(d.span().start()) + 1) + " " + d.ruleId()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
