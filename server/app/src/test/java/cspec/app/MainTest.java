package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    /** As {@code cspec} runs: only the named subcommand is built. */
    private static Run runAsMain(String... args) {
        return run(Main.commandLineFor(args), args);
    }

    private static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    @Test
    void versionComesFromTheBuild() {
        Run run = run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("(?s)cspec \\d+\\.\\d+\\.\\d+.*"), run.out());
    }

    @Test
    void helpListsTheSubcommands() {
        Run run = run("--help");
        assertEquals(0, run.code());
        for (String command : new String[] {"lint", "format", "rules"}) {
            assertTrue(run.out().contains("  " + command + " "), run.out());
        }
    }

    @Test
    void noSubcommandIsAUsageError() {
        Run run = run();
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: cspec"), run.err());
    }

    @Test
    void unknownSubcommandIsOneLine() {
        Run run = run("lnt");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aMistypedCommandOrOptionGetsADidYouMean() {
        Run command = run("lnit", "samples");
        assertEquals(2, command.code());
        assertEquals("cspec: unknown command `lnit`; did you mean `lint`? (see `cspec --help`)", command.err().strip());
        Run option = run("lint", "--formt", "json");
        assertEquals(2, option.code());
        assertEquals("cspec: unknown option `--formt`; did you mean `--format`? (see `cspec lint --help`)", option.err().strip());
        Run nothingClose = run("lint", "--zzzzzz");
        assertEquals("cspec: unknown option `--zzzzzz` (see `cspec lint --help`)", nothingClose.err().strip());
    }

    @Test
    void subcommandsHaveHelp() {
        Run run = run("lint", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--fail-on"), run.out());
    }

    /**
     * The root's and lint's models are built without annotations since issue 13's round 4; their
     * help is word for word what picocli printed from the annotations before (the fixtures).
     */
    @Test
    void helpIsWhatTheAnnotationsGave() throws IOException {
        assertEquals(fixture("cspec.txt"), runAsMain("--help").out());
        assertEquals(fixture("cspec.txt"), run("--help").out());
        assertEquals(fixture("lint.txt"), runAsMain("lint", "--help").out());
        assertEquals(fixture("lint.txt"), run("lint", "--help").out());
        assertEquals(fixture("lint.txt"), runAsMain("help", "lint").out());
    }

    @Test
    void lintAloneParsesAndRejectsAsTheFullTreeDoes() {
        for (String[] args : new String[][] {{"lint", "--fail-on", "bad", "x.cspec"}, {"lint", "--format", "nope"},
                {"lint", "--formt", "json"}, {"lint", "--format"}, {"lint", "-x.cspec"}, {"lint", "--version"},
                {"lint", "--statistics", "--format", "json", "missing.cspec"}}) {
            Run alone = runAsMain(args);
            Run full = run(args);
            assertEquals(full, alone, String.join(" ", args));
            assertTrue(alone.code() == 2 || alone.out().startsWith("cspec "), alone.toString());
        }
        assertEquals("cspec: Invalid value for option '--fail-on': unknown level 'bad': use error, warning, information, "
                + "hint or never (see `cspec lint --help`)",
                runAsMain("lint", "--fail-on", "bad", "x.cspec").err().strip());
    }

    private static String fixture(String name) throws IOException {
        try (var in = MainTest.class.getResourceAsStream("help/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
