package cspec.dist;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A home folder with nothing in it, where a test types what the README and docs/editors.md
 * say: the README's two Install lines (with the archive just built), then an editor's setup.
 */
final class FreshMachine {
    final Path home;

    private FreshMachine(Path home) {
        this.home = home;
    }

    /** A fresh home with cspec installed by the README's Install lines. */
    static FreshMachine withCspecInstalled(Path dir) throws IOException, InterruptedException {
        FreshMachine machine = new FreshMachine(Files.createDirectories(dir.resolve("home")));
        String install = Docs.blocks(Distribution.repo().resolve("README.md"), "Install", "sh").get(0);
        machine.shell(install, Distribution.archive().getParent());
        return machine;
    }

    /** PATH as a new login shell has it: ~/.local/bin first (it exists now), then the system's. */
    String path() {
        return home.resolve(".local/bin") + File.pathSeparator + System.getenv("PATH");
    }

    /** Runs shell commands as the user would type them, in a folder; fails with their output. */
    void shell(String commands, Path cwd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-e", "-c", commands).directory(cwd.toFile()).redirectErrorStream(true);
        environment(pb.environment());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("these documented commands failed:\n" + commands + "\n" + output);
        }
    }

    void environment(Map<String, String> env) {
        env.put("HOME", home.toString());
        env.put("PATH", path());
        env.remove("XDG_CONFIG_HOME");
        env.remove("XDG_DATA_HOME");
        env.remove("JAVA_TOOL_OPTIONS");
    }

    /** The tool's path, or a skip (a failure under CI=true) naming what to install. */
    static String require(String tool, String install) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String reason = tool + " is not installed (" + install + ")";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(reason + ", and CI=true requires this test to run");
        }
        Assumptions.abort(reason + ": skipping");
        return null;
    }
}
