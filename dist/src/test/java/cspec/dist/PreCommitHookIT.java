package cspec.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .pre-commit-hooks.yaml through `pre-commit try-repo` (Debian's pre-commit 3.0.4), in a project
 * with a clean and a flawed contract: the hook passes the one and fails the other. `cspec-system`
 * uses the cspec that the README's Install lines put on PATH; `cspec` builds the jar in
 * pre-commit's own clone of this repository, as it does on a developer's machine.
 */
class PreCommitHookIT {
    @TempDir
    Path tmp;

    private String preCommit;
    private FreshMachine machine;
    private Path project;

    private record Result(int code, String output) {
    }

    @BeforeEach
    void project() throws Exception {
        preCommit = FreshMachine.require("pre-commit", "apt-get install pre-commit");
        machine = FreshMachine.withCspecInstalled(tmp);
        project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("cspec.json"), "{}");
        Files.copy(Distribution.repo().resolve("samples/managed-soc.cspec"), project.resolve("clean.cspec"));
        Files.copy(Distribution.repo().resolve("samples/first-draft.cspec"), project.resolve("draft.cspec"));
        run(project, "git", "init", "-q");
        run(project, "git", "add", ".");
    }

    private Result run(Path cwd, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", machine.path());
        pb.environment().put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), String.join(" ", command) + " did not finish: " + output);
        return new Result(p.exitValue(), output);
    }

    private Result tryRepo(String hook, String file) throws Exception {
        List<String> command = new ArrayList<>(List.of(preCommit, "try-repo", Distribution.repo().toString(), hook,
                "--files", file, "--verbose"));
        return run(project, command.toArray(String[]::new));
    }

    @Test
    void theInstalledHookPassesACleanContractAndFailsAFlawedOne() throws Exception {
        Result clean = tryRepo("cspec-system", "clean.cspec");
        assertEquals(0, clean.code(), clean.output());
        Result draft = tryRepo("cspec-system", "draft.cspec");
        assertEquals(1, draft.code(), draft.output());
        assertTrue(draft.output().contains("draft.cspec:37:10: error: The ID `MON-1` is already used"), draft.output());
    }

    @Test
    void theScriptHookBuildsCspecFromItsCloneAndLints() throws Exception {
        Result draft = tryRepo("cspec", "draft.cspec");
        assertEquals(1, draft.code(), draft.output());
        assertTrue(draft.output().contains("draft.cspec:37:10: error: The ID `MON-1` is already used"), draft.output());
        assertTrue(!draft.output().contains("Exception"), draft.output());
        Result clean = tryRepo("cspec", "clean.cspec");
        assertEquals(0, clean.code(), clean.output());
    }

}
