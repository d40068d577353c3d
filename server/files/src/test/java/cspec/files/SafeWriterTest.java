package cspec.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeWriterTest {
    @TempDir
    Path dir;

    private static final byte[] CONTRACT = "contract \"Original\" {\n}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW_TEXT = "contract \"Rewritten and much longer\" {\n}\n".getBytes(StandardCharsets.UTF_8);

    /** Writes half the bytes, then fails as a full disk does. */
    private static final SafeWriter FULL_DISK = new SafeWriter((channel, bytes) -> {
        bytes.limit(bytes.limit() / 2);
        channel.write(bytes);
        throw new FileSystemException(null, null, "No space left on device");
    });

    @Test
    void aFailedWriteLeavesTheOriginalWholeAndNoTemporaryFile() throws IOException {
        Path file = Files.write(dir.resolve("soc.cspec"), CONTRACT);

        WriteFailure failure = assertThrows(WriteFailure.class, () -> FULL_DISK.replace(file, NEW_TEXT, "soc.cspec"));

        assertArrayEquals(CONTRACT, Files.readAllBytes(file));
        assertEquals("cannot write soc.cspec (no space left on device); the file is unchanged.", failure.getMessage());
        assertEquals(List.of(file), listing());
    }

    /** A scan that runs while a file is being written (a server watching the folder) never meets the temporary file. */
    @Test
    void theWorkspaceScanNeverSeesTheTemporaryFile() throws IOException {
        Path file = Files.write(dir.resolve("soc.cspec"), CONTRACT);
        List<List<Path>> scannedMidWrite = new java.util.ArrayList<>();
        SafeWriter scanning = new SafeWriter((channel, bytes) -> {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            assertEquals(2, listing().size(), "the temporary file is there, beside the contract");
            scannedMidWrite.add(new DiskFiles().specFiles(dir));
        });

        scanning.replace(file, NEW_TEXT, "soc.cspec");

        assertEquals(List.of(List.of(file)), scannedMidWrite);
    }

    @Test
    void aReplacedFileGetsTheNewBytesAndKeepsItsPermissions() throws IOException {
        Path file = Files.write(dir.resolve("soc.cspec"), CONTRACT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        SafeWriter.disk().replace(file, NEW_TEXT, "soc.cspec");

        assertArrayEquals(NEW_TEXT, Files.readAllBytes(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aSymlinkedContractIsWrittenAtItsTargetAndStaysALink() throws IOException {
        Path real = Files.write(Files.createDirectory(dir.resolve("real")).resolve("soc.cspec"), CONTRACT);
        Path link = Files.createSymbolicLink(dir.resolve("link.cspec"), real);

        SafeWriter.disk().replace(link, NEW_TEXT, "link.cspec");

        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(NEW_TEXT, Files.readAllBytes(real));
    }

    @Test
    void createNeverWritesThroughALinkNotEvenADanglingOne() throws IOException {
        Path victim = dir.resolve("victim.txt");
        Path link = Files.createSymbolicLink(dir.resolve("export.cspec"), victim);

        WriteFailure failure = assertThrows(WriteFailure.class,
                () -> SafeWriter.disk().create(link, NEW_TEXT, true, "export.cspec"));

        assertFalse(Files.exists(victim));
        assertTrue(failure.getMessage().contains("symbolic link"), failure.getMessage());
    }

    @Test
    void createRefusesAnExistingFileUnlessAskedToOverwrite() throws IOException {
        Path file = Files.write(dir.resolve("soc.cspec"), CONTRACT);

        assertThrows(WriteFailure.class, () -> SafeWriter.disk().create(file, NEW_TEXT, false, "soc.cspec"));
        assertArrayEquals(CONTRACT, Files.readAllBytes(file));

        SafeWriter.disk().create(file, NEW_TEXT, true, "soc.cspec");
        assertArrayEquals(NEW_TEXT, Files.readAllBytes(file));
    }

    @Test
    void createMakesMissingFolders() throws IOException {
        Path file = dir.resolve("a/b/new.cspec");

        SafeWriter.disk().create(file, NEW_TEXT, false, "new.cspec");

        assertArrayEquals(NEW_TEXT, Files.readAllBytes(file));
    }

    @Test
    void aFailedCreateLeavesNothingBehind() {
        Path file = dir.resolve("new.cspec");

        WriteFailure failure = assertThrows(WriteFailure.class, () -> FULL_DISK.create(file, NEW_TEXT, false, "new.cspec"));

        assertFalse(Files.exists(file));
        assertTrue(failure.getMessage().endsWith("nothing was written."), failure.getMessage());
    }

    @Test
    void aFileThatVanishedIsReportedInPlainWords() {
        WriteFailure failure = assertThrows(WriteFailure.class,
                () -> SafeWriter.disk().replace(dir.resolve("gone.cspec"), NEW_TEXT, "gone.cspec"));

        assertEquals("cannot write gone.cspec: no such file or folder; nothing was written.", failure.getMessage());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
