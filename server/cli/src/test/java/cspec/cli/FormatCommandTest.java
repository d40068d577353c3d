package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {
    @TempDir
    Path tmp;

    private static final String MESSY = "contract \"X\" {\nclient \"A\"\n      provider \"B\"\n}\n";

    @Test
    void checkListsFilesThatWouldChangeAndWritesNothing() throws IOException {
        Path messy = Specs.write(tmp, "specs/messy.cspec", MESSY);
        Specs.write(tmp, "specs/tidy.cspec", Specs.CLEAN);
        CliRun run = CliRun.in(tmp, "format", "--check", "specs");
        assertEquals(1, run.code(), run.toString());
        String sep = tmp.getFileSystem().getSeparator();
        assertEquals(List.of("specs" + sep + "messy.cspec"), run.out().lines().toList());
        assertEquals(MESSY, Files.readString(messy));
        assertEquals("1 of 2 files needs formatting.", run.err().strip());
    }

    @Test
    void formatWritesChangedFilesKeepingEveryWordAndIsIdempotent() throws IOException {
        Path messy = Specs.write(tmp, "messy.cspec", MESSY);
        CliRun run = CliRun.in(tmp, "format", "messy.cspec");
        assertEquals(0, run.code(), run.toString());
        String formatted = Files.readString(messy);
        assertEquals(List.of(MESSY.split("\\s+")), List.of(formatted.split("\\s+")));
        assertTrue(formatted.contains("\n    client \"A\"\n"), formatted);
        CliRun again = CliRun.in(tmp, "format", "--check", "messy.cspec");
        assertEquals(0, again.code(), again.toString());
        assertEquals("", again.out());
    }

    @Test
    void unreadableInputIsReportedAndExitsTwo() throws IOException {
        Files.write(tmp.resolve("bin.cspec"), new byte[] {1, 0, 2});
        CliRun run = CliRun.in(tmp, "format", "bin.cspec");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().startsWith("bin.cspec: not formatted: This is a binary file"), run.err());
    }

    @Test
    void aPathIsRequired() {
        CliRun run = CliRun.in(tmp, "format");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.toString());
    }
}
