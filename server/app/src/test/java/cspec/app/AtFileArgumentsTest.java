package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name on the command line is a file name, whatever its first character. picocli's
 * {@code @file} expansion once read the argument {@code @quiet.cspec} as "the options in
 * quiet.cspec": a pull request adding both files (CI lints every tracked .cspec) turned CI green
 * with {@code --fail-on=never}, or rewrote another contract with {@code --fix victim.cspec}.
 * picocli reads such files relative to the process's working folder, so cspec runs here as a
 * process of its own in the folder that holds them.
 */
class AtFileArgumentsTest {
    @TempDir
    Path tmp;

    private static final String MISSPELT_KEYWORD = """
            contract "Managed SOC" {
                client "Example Corp"
                provider "Acme" as "Supplier"
            }

            section services "Services" {
                shoud MON-2 (weight 5): The Supplier should forward every alert.
            }
            """;

    @Test
    void aFileNamedWithAnAtSignIsLintedNotReadAsOptions() throws Exception {
        write("bad.cspec", MISSPELT_KEYWORD);
        write("quiet.cspec", "--fail-on=never\n");
        write("@quiet.cspec", MISSPELT_KEYWORD);

        Run run = cspec("lint", "bad.cspec", "@quiet.cspec");

        assertEquals(1, run.code, run.output);
        assertTrue(run.output.contains("2 errors in 2 files"), run.output);
    }

    @Test
    void anAtFileCannotSmuggleInAFixOfAnotherFile() throws Exception {
        Path victim = write("victim.cspec", MISSPELT_KEYWORD);
        write("evil.cspec", "--fix victim.cspec\n");
        write("@evil.cspec", MISSPELT_KEYWORD);

        Run run = cspec("lint", "@evil.cspec");

        assertEquals(MISSPELT_KEYWORD, Files.readString(victim), run.output);
        assertEquals(1, run.code, run.output);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private record Run(int code, String output) {
    }

    private Run cspec(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "cspec did not finish: " + output);
        return new Run(process.exitValue(), output);
    }
}
