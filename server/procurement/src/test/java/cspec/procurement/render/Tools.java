package cspec.procurement.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs some checks need (Chromium, LibreOffice, pdftoppm): a test runs when the program is
 * there, is skipped with the reason when it is not, and fails on CI (CI=true), where .ci/run
 * installs them.
 */
final class Tools {
    private Tools() {
    }

    static Path require(String what, String... candidates) {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (path.isAbsolute() && Files.isExecutable(path)) {
                return path;
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path onPath = Path.of(dir).resolve(candidate);
                if (!dir.isEmpty() && Files.isExecutable(onPath)) {
                    return onPath;
                }
            }
        }
        String reason = what + " is not installed (looked for " + String.join(", ", candidates) + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(reason + "; CI needs it, and .ci/run installs it.");
        }
        Assumptions.abort(reason + "; this check runs where it is installed, and always on CI.");
        return null;
    }

    /** Runs a program to completion (at most two minutes), returning what it printed; fails the test if it fails. */
    static String run(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workingDirectory.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish in two minutes");
        }
        String printed = new String(output, java.nio.charset.StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + printed);
        }
        return printed;
    }

    /** The repository's root: Maven passes it to the tests; run alone, the module is two folders down. */
    static Path repositoryRoot() {
        String root = System.getenv("CSPEC_REPO_ROOT");
        return root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
    }
}
