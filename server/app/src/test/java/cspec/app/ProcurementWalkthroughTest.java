package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * docs/procurement.md tells the truth: its commands, run on the files of docs/procurement/, print
 * what the page shows.
 */
class ProcurementWalkthroughTest {
    @TempDir
    Path folder;

    private String page;

    private static Path repo() {
        String root = System.getenv("CSPEC_REPO_ROOT");
        return root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
    }

    @BeforeEach
    void copyTheFiles() throws IOException {
        page = Files.readString(repo().resolve("docs/procurement.md"));
        for (String name : List.of("riverton-tender.docx", "riverton.cspec", "riverton-v2.cspec", "acme-mdr.csv",
                "borealis-security.csv")) {
            Files.copy(repo().resolve("docs/procurement").resolve(name), folder.resolve(name));
        }
    }

    private String run(int expectedCode, String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] inFolder = args.clone();
        for (int i = 1; i < inFolder.length; i++) {
            if (inFolder[i].contains(".")) {
                inFolder[i] = folder.resolve(inFolder[i]).toString();
            }
        }
        assertEquals(expectedCode, commandLine.execute(inFolder), err.toString());
        return out.toString().replace(folder + "/", "");
    }

    /** Each line the page shows for a command is printed by it. */
    private void assertShown(String output) {
        for (String line : output.strip().lines().toList()) {
            assertTrue(page.contains(line.strip()), "docs/procurement.md does not show this line of the output: " + line);
        }
    }

    @Test
    void importPrintsWhatThePageShows() {
        String output = run(0, "import", "riverton-tender.docx", "--to", "riverton-draft.cspec");
        assertShown(output.replace("riverton-draft", "riverton"));
    }

    @Test
    void theReviewedContractLintsCleanAndItsMatrixIsThePagesVersion() {
        run(0, "lint", "riverton.cspec");
        assertTrue(run(0, "matrix", "riverton.cspec", "--to", "xlsx").contains("11 rows, version 1.0, requirements b087fc18a4979823."));
    }

    @Test
    void scoreAndDiffPrintWhatThePageShows() {
        assertShown(run(0, "score", "riverton.cspec", "acme-mdr.csv", "borealis-security.csv"));
        String diff = run(0, "diff", "riverton.cspec", "riverton-v2.cspec", "--format", "markdown");
        for (String line : List.of("13 changes.", "- `INC-1` renamed: same words, new ID", "- **`R-7` weakened**: a must weakened to a "
                + "should: not meeting it no longer disqualifies a bidder or breaches the contract", "- `R-4` strengthened",
                "  - after: 10 minutes")) {
            assertTrue(diff.contains(line), diff);
            assertTrue(page.contains(line), "the page lacks " + line);
        }
    }
}
