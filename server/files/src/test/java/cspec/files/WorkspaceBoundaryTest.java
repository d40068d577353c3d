package cspec.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.Cancellation;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.state.WorkspaceState;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
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
 * Nothing outside the workspace is read, whichever way a path leads there: a symbolic link the
 * workspace scan meets, a uses line, a cspec.json path, a linked folder, cspec.json itself. Each
 * is said in an outside-workspace finding, and the outside text never reaches the analysis.
 * (The workspace scan used to follow a link to a library elsewhere and resolve its clauses.)
 */
class WorkspaceBoundaryTest {
    private static final String OUTSIDE_LIBRARY = """
            library elsewhere "Elsewhere" {
                clause secret-terms "Secret Terms" (section services):
                    The Client must pay whatever the Provider asks.
            }
            """;
    private static final String CONTRACT = """
            contract "Monitoring" {
                client "Northwind"
            %s}

            section services "Services" {
                clause secret-terms
            }
            """;

    @TempDir
    Path tmp;
    private Path workspace;
    private Path outside;
    private List<Diagnostic> lastFound = List.of();

    @BeforeEach
    void folders() throws IOException {
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("elsewhere.cspec"), OUTSIDE_LIBRARY);
        Files.writeString(workspace.resolve("cspec.json"), "{}");
    }

    @Test
    void theWorkspaceScanPassesOverALinkLeadingOutAndSaysSo() throws IOException {
        link(workspace.resolve("shared.cspec"), outside.resolve("elsewhere.cspec"));

        List<String> found = analyse(CONTRACT.formatted(""));

        assertEquals(List.of("outside-workspace@1", "unknown-clause@6"), found);
        assertTrue(lastFound.get(0).message().contains("`shared.cspec`, a symbolic link leading outside it"),
                lastFound.get(0).message());
    }

    /**
     * The language server reads through the workspace state, which lays open documents over the
     * disk: the boundary holds there too, even for the outside file open in the editor through its link.
     */
    @Test
    void theEditorsWorkspaceStatePassesOverALinkLeadingOutToo() throws IOException {
        Path shared = link(workspace.resolve("shared.cspec"), outside.resolve("elsewhere.cspec"));
        Path file = workspace.resolve("contract.cspec");
        String text = CONTRACT.formatted("");
        WorkspaceState state = new WorkspaceState(new DiskFiles());
        state.open(shared.toUri().toString(), shared, 1, OUTSIDE_LIBRARY);
        state.open(file.toUri().toString(), file, 1, text);

        AnalysisResult result = state.analysis(file.toUri().toString(), Cancellation.NEVER).orElseThrow().result();

        assertEquals(List.of("outside-workspace@1", "unknown-clause@6"), found(new SourceText(file.toString(), text), result));
    }

    @Test
    void aUsesLineThroughALinkIsNotRead() throws IOException {
        link(workspace.resolve("shared.cspec"), outside.resolve("elsewhere.cspec"));
        link(workspace.resolve("linked-folder"), outside);

        String text = CONTRACT.formatted("    uses \"shared.cspec\"\n    uses \"linked-folder/elsewhere.cspec\"\n");
        List<String> found = analyse(text);

        assertEquals(List.of("outside-workspace@1", "outside-workspace@3", "outside-workspace@4", "unknown-clause@8"), found);
        assertTrue(lastFound.get(1).message().contains("leads to " + outside.toRealPath().resolve("elsewhere.cspec")),
                lastFound.get(1).message());
    }

    @Test
    void aCspecJsonPathThroughALinkedFolderIsNotRead() throws IOException {
        link(workspace.resolve("clauses"), outside);
        Files.writeString(workspace.resolve("cspec.json"), "{\"libraries\": [\"clauses\"]}");

        List<String> found = analyse(CONTRACT.formatted(""));

        assertEquals(List.of("outside-workspace@1", "unknown-clause@6"), found);
        assertTrue(lastFound.get(0).message().contains("The path `clauses` in cspec.json's profiles or libraries leads to "),
                lastFound.get(0).message());
    }

    @Test
    void aCspecJsonThatLinksOutIsNotReadAndIsAnError() throws IOException {
        Files.delete(workspace.resolve("cspec.json"));
        Files.writeString(outside.resolve("settings.json"), "{\"rules\": {\"unknown-clause\": \"off\"}}");
        link(workspace.resolve("cspec.json"), outside.resolve("settings.json"));

        Workspace located = new WorkspaceLocator(new DiskFiles()).locate(workspace.resolve("c.cspec"), null);

        assertEquals(List.of("outside-workspace"), located.config().problems().stream().map(Diagnostic::ruleId).toList());
        assertTrue(located.config().ruleSeverities().isEmpty(), "its settings were not read");
    }

    @Test
    void linksThatStayInsideAreFollowed() throws IOException {
        Files.createDirectories(workspace.resolve("library"));
        Files.writeString(workspace.resolve("library/ours.cspec"), OUTSIDE_LIBRARY);
        link(workspace.resolve("alias.cspec"), workspace.resolve("library/ours.cspec"));

        assertEquals(List.of(), analyse(CONTRACT.formatted("    uses \"alias.cspec\"\n")));
    }

    @Test
    void aFileToLintThatLinksOutIsNotRead() throws IOException {
        Path link = link(workspace.resolve("contract.cspec"), outside.resolve("elsewhere.cspec"));

        LoadedSpec loaded = new DiskFiles().loadSpec(link, "contract.cspec", workspace);

        assertEquals("outside-workspace", loaded.problem().ruleId());
        assertEquals("", loaded.source().text(), "nothing of the outside file was read");
    }

    @Test
    void aNamedPipeIsNeverOpened() throws Exception {
        Path pipe = workspace.resolve("pipe.cspec");
        assumeTrue(mkfifo(pipe), "mkfifo is needed for this test");

        DiskFiles disk = new DiskFiles();

        assertEquals(java.util.Optional.empty(), disk.read(pipe), "a read would wait for a writer forever");
        assertEquals(java.util.Optional.empty(), disk.readHead(pipe, 100));
        assertEquals(List.of("bad-uses-path@3", "unknown-clause@7"), analyse(CONTRACT.formatted("    uses \"pipe.cspec\"\n")));
    }

    /** rule@line (one-based) of each finding, in order; the built-in profile's gaps left out. */
    private List<String> analyse(String text) {
        Path file = workspace.resolve("contract.cspec");
        Workspace located = new WorkspaceLocator(new DiskFiles()).locate(file, null);
        SourceText source = new SourceText(file.toString(), text);
        return found(source, Analyzer.analyze(source, file, located));
    }

    private List<String> found(SourceText source, AnalysisResult result) {
        lastFound = result.diagnostics().stream().filter(d -> !d.ruleId().startsWith("missing-")).toList();
        return lastFound.stream().map(d -> d.ruleId() + "@" + (source.lines().lineOf(d.span().start()) + 1)).toList();
    }


    private static Path link(Path link, Path target) throws IOException {
        return Files.createSymbolicLink(link, target);
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
