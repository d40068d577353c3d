package cspec.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * clients/ci/action.yml, its steps run as the runner runs them on a pull request's workspace:
 * annotations for the findings, a first notice saying how many more there are than the 10 per
 * kind GitHub shows, every finding in the job summary, the counts as outputs, and SARIF on request.
 */
class GithubActionIT {
    @TempDir
    Path tmp;

    private ActionRunner runner(String... contracts) throws Exception {
        Path workspace = Files.createDirectories(tmp.resolve("workspace"));
        Files.writeString(workspace.resolve("cspec.json"), "{}");
        for (String contract : contracts) {
            Files.copy(Distribution.repo().resolve("samples").resolve(contract), workspace.resolve(contract));
        }
        return new ActionRunner(Distribution.repo().resolve("clients/ci"), Files.createDirectories(tmp.resolve("runner")), workspace);
    }

    @Test
    void annotatesTheFindingsAndSaysHowManyMoreThanGithubShows() throws Exception {
        ActionRunner action = runner("first-draft.cspec");
        action.run();
        ActionRunner.StepRun lint = action.step("lint");
        List<String> lines = lint.stdout().lines().toList();
        assertEquals(1, lint.exitCode(), "errors fail the step: " + lint.stderr());
        java.util.Map<String, Integer> counts = Distribution.findingCounts(action.workspace().resolve("first-draft.cspec"));
        int errors = counts.get("error");
        int warnings = counts.get("warning");
        int notices = counts.get("information") + counts.get("hint");
        assertTrue(errors > 10 && warnings > 10 && notices > 10, "the first draft has more of each kind than GitHub shows: " + counts);
        assertEquals("::notice title=cspec::" + more(errors, "errors") + more(warnings, "warnings") + more(notices, "notices")
                + "the job summary lists every finding.", lines.get(0));
        assertTrue(lines.contains("::warning file=first-draft.cspec,line=31,col=37,endLine=31,endColumn=49,title=efforts-standard::"
                + "`best efforts` is an efforts standard: Promises trying, and courts disagree on how hard. Instead: state the "
                + "obligation itself: 'must restore ... within 4 hours'."), lint.stdout());
        assertEquals(errors, lines.stream().filter(l -> l.startsWith("::error ")).count());
        assertEquals(java.util.Map.of("errors", "" + errors, "warnings", "" + warnings, "notices", "" + notices), action.outputs.get("lint"));
        String summary = Files.readString(action.stepSummary());
        assertTrue(summary.contains("first-draft.cspec:31:37: warning: `best efforts` is an efforts standard"), summary);
        assertEquals(errors + warnings + notices, summary.lines().filter(l -> l.startsWith("first-draft.cspec:")).count(),
                "every finding in the summary: " + summary);
        assertEquals(List.of(), action.uploadedSarif, "no SARIF unless asked");
    }

    private static String more(int count, String kind) {
        return (count - 10) + " more " + kind + " than the 10 annotations GitHub shows (" + count + " in all); ";
    }

    @Test
    void aCleanContractPassesWithoutAnnotations() throws Exception {
        ActionRunner action = runner("managed-soc.cspec");
        action.run();
        ActionRunner.StepRun lint = action.step("lint");
        assertEquals(0, lint.exitCode(), lint.stderr());
        assertEquals("", lint.stdout());
        assertTrue(Files.readString(action.stepSummary()).contains("No findings."));
    }

    @Test
    void uploadsSarifWhenAskedEvenWhenTheLintFails() throws Exception {
        ActionRunner action = runner("first-draft.cspec");
        action.inputs.put("sarif", "true");
        action.inputs.put("fail-on", "warning");
        action.run();
        assertEquals(1, action.step("lint").exitCode());
        assertEquals(1, action.uploadedSarif.size(), "the upload step runs after a failed lint");
        String sarif = Files.readString(Path.of(action.uploadedSarif.get(0)));
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") && sarif.contains("\"ruleId\": \"efforts-standard\""), sarif);
    }
}
