package cspec.lsp;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A language server connected to a recording client, in a fresh workspace folder for each test. */
abstract class ServerTest {
    @TempDir
    Path root;
    LspHarness lsp;

    /** Files the workspace holds before the server starts. */
    void prepareWorkspace() throws Exception {
    }

    @BeforeEach
    final void startServer() throws Exception {
        prepareWorkspace();
        lsp = new LspHarness(root);
    }

    @AfterEach
    final void stopServer() {
        lsp.close();
    }
}
