package cspec.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.TestDisk;
import cspec.core.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocatorTest {
    @TempDir
    Path tmp;

    private final WorkspaceLocator locator = new WorkspaceLocator(TestDisk.FILES);

    @Test
    void nearestConfigAboveTheFileIsTheRoot() throws IOException {
        Files.writeString(tmp.resolve("cspec.json"), "{\"profile\": \"outer\"}");
        Path inner = Files.createDirectories(tmp.resolve("team/specs"));
        Files.writeString(tmp.resolve("team/cspec.json"), "{\"profile\": \"inner\"}");
        Path spec = Files.writeString(inner.resolve("a.cspec"), "");

        Workspace ws = locator.locate(spec, tmp);
        assertEquals(tmp.resolve("team").toAbsolutePath().normalize(), ws.root());
        assertEquals("inner", ws.config().defaultProfile());
        assertEquals(tmp.resolve("team/cspec.json").toAbsolutePath().normalize(), ws.config().file());
    }

    @Test
    void withoutConfigTheFallbackRootHoldsTheFile() throws IOException {
        Path spec = Files.writeString(Files.createDirectories(tmp.resolve("specs")).resolve("a.cspec"), "");
        Workspace ws = locator.locate(spec, tmp);
        assertEquals(tmp.toAbsolutePath().normalize(), ws.root());
        assertSame(Config.DEFAULT, ws.config());
    }

    @Test
    void aFileOutsideTheFallbackGetsItsOwnFolder() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path spec = Files.writeString(elsewhere.resolve("a.cspec"), "");
        Workspace ws = locator.locate(spec, Files.createDirectories(tmp.resolve("cwd")));
        assertEquals(elsewhere.toAbsolutePath().normalize(), ws.root());
    }

    @Test
    void explicitConfigFixesTheRootToItsFolder() throws IOException {
        Path conf = Files.writeString(Files.createDirectories(tmp.resolve("conf")).resolve("ci.json"),
                "{\"rules\": {\"wordy\": \"off\"}}");
        Workspace ws = locator.fromConfig(conf).orElseThrow();
        assertEquals(tmp.resolve("conf").toAbsolutePath().normalize(), ws.root());
        assertTrue(ws.config().ruleSeverities().containsKey("wordy"));
        assertTrue(locator.fromConfig(tmp.resolve("missing.json")).isEmpty());
    }

    @Test
    void configProblemsTravelWithTheWorkspace() throws IOException {
        Files.writeString(tmp.resolve("cspec.json"), "{\"rulez\": {}}");
        Path spec = Files.writeString(tmp.resolve("a.cspec"), "");
        assertEquals(1, locator.locate(spec, tmp).config().problems().size());
    }
}
