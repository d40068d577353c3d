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
    void expandClausesWritesTheStandardWordingWithPlaceholderValues() throws IOException {
        Path contract = Specs.write(tmp, "c.cspec", "contract \"X\" {\n    client \"A\"\n}\n\n"
                + "section liability \"Liability\" {\n"
                + "    clause limitation-of-liability (cap \"the fees paid in the 6 months before the claim\")\n}\n");
        CliRun run = CliRun.in(tmp, "format", "--expand-clauses", "c.cspec");
        assertEquals(0, run.code(), run.toString());
        String expanded = Files.readString(contract);
        assertTrue(expanded.contains("clause limitation-of-liability"), expanded);
        assertTrue(expanded.contains("the fees paid in the 6 months before the claim"), expanded);
        assertTrue(expanded.contains(":"), "the clause now carries its own prose: " + expanded);
        CliRun lint = CliRun.in(tmp, "lint", "--fail-on", "information", "c.cspec");
        assertTrue(!lint.out().contains("clause-modified"), "expanded wording is the standard wording: " + lint);
    }

    @Test
    void aFileWithSyntaxErrorsIsNotFormattedAndSaysWhy() throws IOException {
        Path broken = Specs.write(tmp, "broken.cspec", "contract \"X\" {\n  client\n}\n");
        CliRun run = CliRun.in(tmp, "format", "broken.cspec");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("not formatted: it has syntax errors"), run.err());
        assertEquals("contract \"X\" {\n  client\n}\n", Files.readString(broken));
    }

    @Test
    void anEmptyOrCommentOnlyFileIsLeftAsItIsAndSaysWhy() throws IOException {
        Path empty = Specs.write(tmp, "empty.cspec", "");
        Path comments = Specs.write(tmp, "notes.cspec", "    // to do: the SOC contract\n\n\n// draft");

        CliRun run = CliRun.in(tmp, "format", "empty.cspec", "notes.cspec");

        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("empty.cspec: not formatted: it holds no contract, profile or library."), run.err());
        assertTrue(run.err().contains("notes.cspec: not formatted: it holds no contract, profile or library."), run.err());
        assertEquals("", Files.readString(empty));
        assertEquals("    // to do: the SOC contract\n\n\n// draft", Files.readString(comments));
    }

    @Test
    void aPathIsRequired() {
        CliRun run = CliRun.in(tmp, "format");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.toString());
    }
}
