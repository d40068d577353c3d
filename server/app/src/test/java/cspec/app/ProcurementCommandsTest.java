package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The procurement commands as a user runs them: what they write, their exit codes, and one clear
 * line for each kind of bad input, never a stack trace.
 */
class ProcurementCommandsTest {
    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        Run run = new Run(commandLine.execute(args), out.toString(), err.toString());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "a stack trace:\n" + run.err());
        return run;
    }

    private Path sample() throws IOException {
        String root = System.getenv("CSPEC_REPO_ROOT");
        Path repo = root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
        Path contract = folder.resolve("managed-soc.cspec");
        Files.copy(repo.resolve("samples/managed-soc.cspec"), contract);
        return contract;
    }

    @Test
    void matrixIsWrittenNextToTheContractAndNeverReplacedWithoutBeingAsked() throws IOException {
        Path contract = sample();
        Run first = run("matrix", contract.toString(), "--to", "xlsx");
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.size(folder.resolve("managed-soc.matrix.xlsx")) > 5000);
        Run again = run("matrix", contract.toString(), "--to", "xlsx");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("managed-soc.matrix.xlsx: it already exists; nothing was written. Choose another name, "
                + "or add --overwrite."), again.err());
        assertEquals(0, run("matrix", contract.toString(), "--to", "xlsx", "--overwrite").code());
    }

    @Test
    void renderPrintsHtmlOrMarkdownOnRequestButNotWord() throws IOException {
        Path contract = sample();
        Run markdown = run("render", contract.toString(), "--to", "markdown", "-o", "-");
        assertEquals(0, markdown.code(), markdown.err());
        assertTrue(markdown.out().startsWith("# Managed Security Operations Centre Services\n"), markdown.out());
        Run word = run("render", contract.toString(), "--to", "docx", "-o", "-");
        assertEquals(2, word.code());
        assertEquals("cspec render: a Word document is not printed to the terminal; name a file with --output.\n", word.err());
        assertEquals(0, run("render", contract.toString(), "--to", "docx").code());
        assertTrue(Files.exists(folder.resolve("managed-soc.docx")));
    }

    @Test
    void aMissingFileOrAContractWithSyntaxErrorsIsOneLineAndExitTwo() throws IOException {
        Run missing = run("render", folder.resolve("nowhere.cspec").toString(), "--to", "html");
        assertEquals(2, missing.code());
        // The same words as lint's unreadable-file finding: the contract is read as lint reads it, inside its workspace.
        assertEquals("cspec render: " + folder.resolve("nowhere.cspec") + ": cspec cannot read this file (no such file or folder), "
                + "so it was not checked; make it readable and run again.\n", missing.err());
        Path broken = folder.resolve("broken.cspec");
        Files.writeString(broken, "contract \"Broken\" {\n    client \"A\"\n}\nsection s \"S\" {\n    must X-1 (weight): text\n}\n");
        Run syntax = run("matrix", broken.toString(), "--to", "csv");
        assertEquals(2, syntax.code());
        assertTrue(syntax.err().startsWith("cspec matrix: " + broken + ":5: ") && syntax.err().contains("Fix the syntax errors first"),
                syntax.err());
    }

    @Test
    void scoreExitsOneWhenAResponseHasProblemsAndTwoWhenAFileIsMissing() throws IOException {
        Path contract = sample();
        run("matrix", contract.toString(), "--to", "csv");
        Path response = folder.resolve("bidder.csv");
        String matrix = Files.readString(folder.resolve("managed-soc.matrix.csv"));
        Files.writeString(response, matrix.replace("\r\nSCOPE-1,", "\r\nSCOPE-99,"), StandardCharsets.UTF_8);
        Run scored = run("score", contract.toString(), response.toString(), "--format", "json");
        assertEquals(1, scored.code());
        assertTrue(scored.out().contains("the contract has no requirement SCOPE-99; was the ID changed or the row added?"), scored.out());
        Run missing = run("score", contract.toString(), folder.resolve("absent.xlsx").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("cspec score: cannot read "), missing.err());
    }

    @Test
    void importWritesADraftAndItsReportAndRefusesADamagedDocument() throws IOException {
        Path tender = folder.resolve("tender.txt");
        Files.writeString(tender, "1. SCOPE\n\nThe Contractor shall monitor every log source.\n\nDescribe your approach.\n");
        Run imported = run("import", tender.toString(), "--to", folder.resolve("draft.cspec").toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("1 requirements (must 1"), imported.out());
        assertTrue(Files.readString(folder.resolve("draft.cspec")).contains("must R-1 (ref \"1\"): The Contractor shall monitor"));
        assertTrue(Files.readString(folder.resolve("draft.import.txt")).startsWith("Import of "));
        Run again = run("import", tender.toString(), "--to", folder.resolve("draft.cspec").toString());
        assertEquals(2, again.code());
        Path damaged = folder.resolve("tender.docx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        Run refused = run("import", damaged.toString(), "--to", folder.resolve("other.cspec").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("cspec import: " + damaged + " is not a readable Word document (.docx)"), refused.err());
        assertFalse(Files.exists(folder.resolve("other.cspec")), "a draft was written for a document that could not be read");
    }

    @Test
    void importReadsWillAsTheDraftsWorkspaceSays() throws IOException {
        Files.writeString(folder.resolve("cspec.json"), "{ \"willMeansMust\": true }\n");
        Path tender = folder.resolve("tender.md");
        Files.writeString(tender, "# Scope\n\nThe Contractor will provide a named service manager.\n");
        assertEquals(0, run("import", tender.toString(), "--to", folder.resolve("draft.cspec").toString()).code());
        String draft = Files.readString(folder.resolve("draft.cspec"));
        assertTrue(draft.contains("    will means must\n") && draft.contains("must R-1: The Contractor will provide"), draft);
    }

    @Test
    void diffNamesAWeakenedMustInMarkdown() throws IOException {
        Path before = sample();
        Path after = folder.resolve("v2.cspec");
        Files.writeString(after, Files.readString(before).replace("must MON-2:", "should MON-2 (weight 3):"));
        Run diff = run("diff", before.toString(), after.toString(), "--format", "markdown");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("- **`MON-2` weakened**: a must weakened to a should: not meeting it no longer "
                + "disqualifies a bidder or breaches the contract"), diff.out());
    }

    @Test
    void helpListsTheProcurementCommands() {
        Run help = run("--help");
        for (String command : new String[] {"import", "render", "matrix", "score", "diff"}) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
        }
    }
}
