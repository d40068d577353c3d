package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name that looks like an option is named after {@code --}, and the message says so.
 * (Names starting with {@code @} are tested in the app module, in a process of their own:
 * picocli resolves {@code @file} against the process's working folder.)
 */
class OptionLikeFileNamesTest {
    @TempDir
    Path tmp;

    @Test
    void aFileNamedLikeAnOptionIsLintedAndFormattedAfterDoubleDash() throws IOException {
        Specs.write(tmp, "-x.cspec", Specs.CLEAN.replace("    must", "  must"));

        CliRun lint = CliRun.in(tmp, "lint", "--", "-x.cspec");
        assertEquals(0, lint.code(), lint.toString());
        assertEquals("No problems in 1 file\n", lint.err());

        CliRun format = CliRun.in(tmp, "format", "--", "-x.cspec");
        assertEquals(0, format.code(), format.toString());
        assertEquals(Specs.CLEAN, Files.readString(tmp.resolve("-x.cspec")));
    }

    @Test
    void withoutDoubleDashTheMessageSaysHowToNameSuchAFile() throws IOException {
        Specs.write(tmp, "-x.cspec", Specs.CLEAN);

        CliRun run = CliRun.in(tmp, "lint", "-x.cspec");

        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("cspec lint -- -x.cspec"), run.toString());
    }
}
