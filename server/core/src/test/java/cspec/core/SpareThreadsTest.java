package cspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of one file shared between threads (as the command line does when it lints fewer
 * files than it has cores) find exactly what one thread finds, in the same order, with the
 * same fixes and related locations, on every contract of the repository and every fixture.
 */
class SpareThreadsTest {
    private static ExecutorService pool;

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void sharedChecksFindWhatOneThreadFinds() throws IOException {
        List<Path> files = RepoFiles.specs("samples", "accuracy/converted", "server/core/src/test/resources/fixtures");
        assertTrue(files.size() > 100, "the repository's contracts and fixtures are found: " + files.size());
        WorkspaceLocator locator = new WorkspaceLocator(TestDisk.FILES);
        for (Path file : files) {
            SourceText source = new SourceText(file.toString(), Files.readString(file));
            Workspace workspace = locator.locate(file, null);
            AnalysisResult alone = Analyzer.analyze(source, file, workspace);
            AnalysisResult shared = Analyzer.analyze(source, file, workspace, new SpareThreads(pool, 3));
            assertEquals(alone.diagnostics(), shared.diagnostics(), file.toString());
            assertEquals(alone.suppressed(), shared.suppressed(), file.toString());
        }
    }
}
