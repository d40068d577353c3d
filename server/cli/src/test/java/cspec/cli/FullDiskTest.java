package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * format and lint --fix on a really full disk: a small tmpfs filled to the last byte. Once they
 * truncated the contract to 16 KB; now the contract must come out byte for byte as it went in.
 * Mounting needs root; elsewhere the test is skipped, and SafeWriterTest's injected failure
 * covers the same path.
 */
class FullDiskTest {
    @TempDir
    Path tmp;

    private Path disk;
    private boolean mounted;

    /** A contract that both format (two-space indents) and --fix (a misspelt keyword) want to rewrite. */
    private static final String CONTRACT = Specs.SYNTAX_ERROR.replace("    shoud", "  shoud")
            + "\n// " + "Padding so that a truncated write would lose whole lines of the contract. ".repeat(400) + "\n";

    @BeforeEach
    void mountASmallFilesystem() throws Exception {
        disk = Files.createDirectory(tmp.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", disk.toString());
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root); SafeWriterTest covers the write failure");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", disk.toString());
        }
    }

    @Test
    void formatOnAFullDiskLeavesTheContractWholeAndSaysSo() throws IOException {
        Path contract = Specs.write(disk, "soc.cspec", CONTRACT.replace("shoud", "should"));
        fillTheDisk();

        CliRun run = CliRun.in(disk, "format", "soc.cspec");

        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("cannot write soc.cspec (no space left on device); the file is unchanged."), run.toString());
        assertEquals(CONTRACT.replace("shoud", "should"), Files.readString(contract));
        assertEquals(List.of("filler", "soc.cspec"), listing());
    }

    @Test
    void fixOnAFullDiskLeavesTheContractWholeAndExitsTwo() throws IOException {
        Path contract = Specs.write(disk, "soc.cspec", CONTRACT);
        fillTheDisk();

        CliRun run = CliRun.in(disk, "lint", "--fix", "soc.cspec");

        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("cannot write soc.cspec (no space left on device); the file is unchanged."), run.toString());
        assertTrue(run.out().contains("[syntax]"), "the findings reported are those of the file on disk: " + run);
        assertEquals(CONTRACT, Files.readString(contract));
        assertEquals(List.of("filler", "soc.cspec"), listing());
    }

    private void fillTheDisk() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // The disk is full: that is the point.
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(disk)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
