package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `cspec lint` prints under --quiet, --statistics, --baseline, --fix --diff, --ignore-path, and progress. */
class LintChoicesTest {
    @TempDir
    Path tmp;

    private CliRun lint(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.in(tmp, all);
    }

    @Test
    void quietPrintsTheReportAndNothingElse() throws Exception {
        Specs.write(tmp, "a.cspec", Specs.SYNTAX_ERROR);
        CliRun run = lint("--quiet", "a.cspec");
        assertEquals(1, run.code());
        assertEquals("", run.err(), "no summary line");
        assertTrue(run.out().startsWith("a.cspec:7:5: error:"), run.out());
    }

    @Test
    void statisticsCountTheFindingsOfEachRuleMostFirst() throws Exception {
        // Two warnings and an error: efforts-standard, open-ended, syntax (vague-time is a hint since issue 11).
        Specs.write(tmp, "a.cspec", Specs.SYNTAX_ERROR.replace("every alert.", "every alert using best efforts, etc."));
        CliRun run = lint("--statistics", "a.cspec");
        assertEquals(1, run.code());
        List<String> rows = run.out().lines().map(String::strip).toList();
        assertEquals(List.of("1  efforts-standard  warning", "1  open-ended        warning", "1  syntax            error"),
                rows.stream().map(r -> r.replaceAll("^(\\d+\\s+\\S+\\s+\\S+).*", "$1")).toList(), run.out());
        assertEquals(2, lint("--statistics", "--format", "json", "a.cspec").code(), "statistics replace the text report only");
    }

    @Test
    void aBaselineHidesKnownFindingsEvenWhenTheyMoveAndShowsNewOnes() throws Exception {
        Path file = Specs.write(tmp, "a.cspec", Specs.SYNTAX_ERROR);
        CliRun written = lint("--write-baseline", "cspec-baseline.json", "a.cspec");
        assertEquals(0, written.code(), written.toString());
        assertTrue(written.err().startsWith("Wrote 1 finding to cspec-baseline.json"), written.err());

        // Lines added above move the known finding; it stays known.
        Files.writeString(file, "// Reviewed on 2027-01-10.\n\n" + Specs.SYNTAX_ERROR);
        CliRun moved = lint("--baseline", "cspec-baseline.json", "a.cspec");
        assertEquals(0, moved.code(), moved.toString());
        assertEquals("", moved.out());
        assertTrue(moved.err().contains("1 finding in the baseline cspec-baseline.json not shown."), moved.err());

        // A new mistake is reported, and alone decides the exit status.
        Files.writeString(file, Specs.SYNTAX_ERROR.replace("}\n\nsection", "}\n\nsection").replace("every alert.\n",
                "every alert.\n    mustt MON-3: The Supplier must keep logs.\n"));
        CliRun added = lint("--baseline", "cspec-baseline.json", "a.cspec");
        assertEquals(1, added.code(), added.toString());
        assertEquals(1, added.out().lines().count(), added.out());
        assertTrue(added.out().startsWith("a.cspec:8:5: error:"), added.out());
    }

    @Test
    void aFileThatIsNoBaselineIsAUsageError() throws Exception {
        Specs.write(tmp, "a.cspec", Specs.CLEAN);
        Specs.write(tmp, "not-a-baseline.json", "{\"rules\": {}}");
        CliRun run = lint("--baseline", "not-a-baseline.json", "a.cspec");
        assertEquals(2, run.code());
        assertEquals("cspec: not-a-baseline.json is not a cspec baseline (write one with --write-baseline)", run.err().strip());
    }

    @Test
    void aBaselineWithAMalformedEntryIsAUsageError() throws Exception {
        Specs.write(tmp, "a.cspec", Specs.CLEAN);
        for (String entry : List.of("{\"file\": 7, \"rule\": \"x\", \"fingerprint\": \"y\"}", "{\"rule\": \"x\"}", "[]", "null")) {
            Specs.write(tmp, "bad-baseline.json", "{\"version\": 1, \"findings\": [" + entry + "]}");
            CliRun run = lint("--baseline", "bad-baseline.json", "a.cspec");
            assertEquals(2, run.code(), entry);
            assertEquals("cspec: bad-baseline.json is not a cspec baseline (write one with --write-baseline)", run.err().strip(), entry);
        }
    }

    @Test
    void fixWithDiffShowsTheFixesAndChangesNothing() throws Exception {
        Path file = Specs.write(tmp, "a.cspec", Specs.SYNTAX_ERROR);
        CliRun run = lint("--fix", "--diff", "a.cspec");
        assertEquals(1, run.code(), run.toString());
        assertEquals(Specs.SYNTAX_ERROR, Files.readString(file), "--diff writes nothing");
        assertEquals("""
                --- a/a.cspec
                +++ b/a.cspec
                @@ -4,5 +4,5 @@
                 }
                \s
                 section services "Services" {
                -    shoud MON-2 (weight 5): The Supplier should forward every alert.
                +    should MON-2 (weight 5): The Supplier should forward every alert.
                 }
                """, run.out());
        assertTrue(run.err().startsWith("Would fix 1 problem in 1 file"), run.err());
        assertEquals(2, lint("--diff", "a.cspec").code(), "--diff needs --fix");
        assertEquals(0, lint("--fix", "a.cspec").code());
        CliRun after = lint("--fix", "--diff", "a.cspec");
        assertEquals(0, after.code(), "nothing left to fix: " + after);
        assertEquals("", after.out());
    }

    @Test
    void anIgnoreFileInGitignoreSyntaxLeavesFilesOut() throws Exception {
        Specs.write(tmp, "contracts/a.cspec", Specs.CLEAN);
        Specs.write(tmp, "contracts/drafts/b.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "contracts/old.tmp.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "contracts/keep.tmp.cspec", Specs.CLEAN);
        Specs.write(tmp, ".gitignore", "# scratch\ndrafts/\n*.tmp.cspec\n!keep.tmp.cspec\n");
        CliRun run = lint("--ignore-path", ".gitignore", "contracts");
        assertEquals(0, run.code(), run.toString());
        assertEquals("No problems in 2 files", run.err().strip());
        assertEquals(1, lint("contracts").code(), "without the ignore file the drafts are linted");
    }

    @Test
    void progressAppearsOnATerminalForLongRunsOnly() throws Exception {
        for (int i = 0; i < Progress.MIN_FILES; i++) {
            Specs.write(tmp, "c" + i + ".cspec", Specs.CLEAN);
        }
        String before = System.getProperty(Progress.TERMINAL_PROPERTY);
        try {
            System.setProperty(Progress.TERMINAL_PROPERTY, "true");
            CliRun terminal = lint(".");
            assertTrue(terminal.err().contains("\rcspec: 20/20 files"), terminal.err());
            assertTrue(terminal.err().endsWith("\rNo problems in 20 files\n") || terminal.err().contains("\r" + " ".repeat(20)),
                    "the progress line is erased before the summary: " + terminal.err());
            assertFalse(lint("--quiet", ".").err().contains("cspec:"), "quiet means no progress");
            System.setProperty(Progress.TERMINAL_PROPERTY, "false");
            assertEquals("No problems in 20 files\n", lint(".").err(), "not a terminal: no progress");
        } finally {
            if (before == null) {
                System.clearProperty(Progress.TERMINAL_PROPERTY);
            } else {
                System.setProperty(Progress.TERMINAL_PROPERTY, before);
            }
        }
    }
}
