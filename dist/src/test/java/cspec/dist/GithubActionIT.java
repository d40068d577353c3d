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
        assertEquals("::notice title=cspec::12 more errors than the 10 annotations GitHub shows (22 in all); "
                + "11 more warnings than the 10 annotations GitHub shows (21 in all); "
                + "19 more notices than the 10 annotations GitHub shows (29 in all); the job summary lists every finding.",
                lines.get(0));
        assertTrue(lines.contains("::warning file=first-draft.cspec,line=30,col=41,endLine=30,endColumn=49,title=vague-time::"
                + "`promptly` is vague about time: Prompt is not a deadline. Instead: within N hours of (the trigger)."), lint.stdout());
        assertEquals(22, lines.stream().filter(l -> l.startsWith("::error ")).count());
        assertEquals(java.util.Map.of("errors", "22", "warnings", "21", "notices", "29"), action.outputs.get("lint"));
        String summary = Files.readString(action.stepSummary());
        assertTrue(summary.contains("first-draft.cspec:30:41: warning: `promptly` is vague about time"), summary);
        assertEquals(72, summary.lines().filter(l -> l.startsWith("first-draft.cspec:")).count(), "every finding in the summary: " + summary);
        assertEquals(List.of(), action.uploadedSarif, "no SARIF unless asked");
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
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") && sarif.contains("\"ruleId\": \"vague-time\""), sarif);
    }
}
