package cspec.core;

import cspec.core.workspace.FileSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The test resources on disk as a {@link FileSource}. Core never reads the disk (the shells'
 * {@code cspec.files} does, and sits above core), so tests that analyse fixture folders read
 * them through this: every .cspec file under a root, none hidden, which is all fixtures need.
 */
public final class TestDisk implements FileSource {
    public static final TestDisk FILES = new TestDisk();

    private TestDisk() {
    }

    @Override
    public Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Path> specFiles(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".cspec") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
