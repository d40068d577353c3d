package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line end to end with links a pull request could add: nothing outside the
 * workspace is read or written, and each refusal is said. (Before, the workspace scan followed a
 * link to a library elsewhere, and format --expand-clauses copied its wording into the contract.)
 */
class OutsideWorkspaceTest {
    private static final String SECRET = "The Client must pay whatever the Provider asks.";
    private static final String OUTSIDE_LIBRARY = "library elsewhere \"Elsewhere\" {\n"
            + "    clause service-terms \"Service Terms\" (section services):\n        " + SECRET + "\n}\n";
    private static final String CONTRACT = "contract \"Monitoring\" {\n    client \"Northwind\"\n}\n\n"
            + "section services \"Services\" {\n    clause service-terms\n}\n";

    @TempDir
    Path tmp;
    private Path workspace;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("elsewhere.cspec"), OUTSIDE_LIBRARY);
        Files.writeString(workspace.resolve("cspec.json"), "{}");
        Files.writeString(workspace.resolve("contract.cspec"), CONTRACT);
    }

    @Test
    void expandClausesNeverCopiesWordingFromALinkLeadingOut() throws IOException {
        Files.createSymbolicLink(workspace.resolve("shared.cspec"), outside.resolve("elsewhere.cspec"));

        CliRun run = CliRun.in(workspace, "format", "--expand-clauses", "contract.cspec");

        assertEquals(0, run.code(), run.toString());
        assertEquals(CONTRACT, Files.readString(workspace.resolve("contract.cspec")));
    }

    @Test
    void lintSaysALinkLeadingOutWasNotReadWhetherFoundOrNamed() throws IOException {
        Files.createSymbolicLink(workspace.resolve("shared.cspec"), outside.resolve("elsewhere.cspec"));

        for (String path : List.of(".", "shared.cspec")) {
            CliRun run = CliRun.in(workspace, "lint", "--format", "json", path);

            assertEquals(1, run.code(), run.toString());
            assertTrue(run.out().contains("\"file\": \"shared.cspec\"") && run.out().contains("outside-workspace"), run.toString());
            assertFalse(run.out().contains("whatever the Provider asks") || run.err().contains("whatever the Provider asks"),
                    "nothing of the outside file is shown: " + run);
        }
    }

    @Test
    void formatNeverWritesThroughALinkLeadingOut() throws IOException {
        Files.writeString(outside.resolve("messy.cspec"), "contract \"X\" {\nclient \"A\"\n}\n");
        Files.createSymbolicLink(workspace.resolve("messy.cspec"), outside.resolve("messy.cspec"));

        CliRun run = CliRun.in(workspace, "format", "messy.cspec");

        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("messy.cspec: not formatted: This file is a symbolic link to "), run.toString());
        assertEquals("contract \"X\" {\nclient \"A\"\n}\n", Files.readString(outside.resolve("messy.cspec")));
    }

    @Test
    void builtinsExportNeverWritesThroughALinkedFileOrFolder() throws IOException {
        Path export = Files.createDirectories(tmp.resolve("export"));
        Files.createSymbolicLink(export.resolve("profiles"), outside);
        assertEquals(2, run(new BuiltinsCommand(), "--export", export.toString(), "--force"));
        assertEquals(List.of("elsewhere.cspec"), names(outside), "nothing was written through the linked folder");

        Files.delete(export.resolve("profiles"));
        Files.createDirectories(export.resolve("profiles"));
        Files.createSymbolicLink(export.resolve("profiles/soc-services.cspec"), outside.resolve("planted.cspec"));
        assertEquals(2, run(new BuiltinsCommand(), "--export", export.toString(), "--force"));
        assertEquals(List.of("elsewhere.cspec"), names(outside), "the dangling link's target was not created");
        assertEquals(List.of("soc-services.cspec"), names(export.resolve("profiles")), "nothing was written");
    }

    @Test
    void newNeverWritesThroughADanglingLink() throws IOException {
        Files.createSymbolicLink(workspace.resolve("new.cspec"), outside.resolve("planted.cspec"));

        assertEquals(2, run(new NewCommand(), "--profile", "soc-services", workspace.resolve("new.cspec").toString()));

        assertEquals(List.of("elsewhere.cspec"), names(outside));
    }

    private static int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
