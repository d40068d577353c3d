package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe (or a device, or a socket) named on the command line is what it is, never "no such
 * file", and it is never opened: a read would wait for a writer that never comes. Needs mkfifo;
 * where it is missing the test is skipped.
 */
class SpecialFilesTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void makeAPipe() throws Exception {
        assumeTrue(mkfifo(tmp.resolve("pipe.cspec")), "mkfifo is needed for this test");
    }

    @Test
    void lintAndFormatSayTheyWereGivenANamedPipe() {
        for (String command : List.of("lint", "format")) {
            CliRun run = CliRun.in(tmp, command, "pipe.cspec");

            assertEquals(2, run.code(), run.toString());
            assertEquals("cspec: pipe.cspec is a named pipe (FIFO), not a file or folder; cspec reads only files and folders",
                    run.err().strip(), run.toString());
        }
    }

    @Test
    void aNamedPipeAsTheConfigFileIsSaidToBeOne() throws IOException {
        Specs.write(tmp, "a.cspec", Specs.CLEAN);

        CliRun run = CliRun.in(tmp, "lint", "--config", "pipe.cspec", "a.cspec");

        assertEquals(2, run.code(), run.toString());
        assertEquals("cspec: pipe.cspec is a named pipe (FIFO), not a file or folder; cspec reads only files and folders",
                run.err().strip(), run.toString());
    }

    @Test
    void aNamedPipeInAFolderIsNotAFileToLint() throws IOException {
        Specs.write(tmp, "a.cspec", Specs.CLEAN);

        CliRun run = CliRun.in(tmp, "lint", ".");

        assertEquals(0, run.code(), run.toString());
        assertEquals("No problems in 1 file", run.err().strip());
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
