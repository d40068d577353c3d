package cspec.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository's own .cspec files (samples, fixtures, built-ins) for tests over all of them. */
public final class RepoFiles {
    private RepoFiles() {
    }

    public static Path root() {
        String fromBuild = System.getenv("CSPEC_REPO_ROOT");
        if (fromBuild != null && Files.isDirectory(Path.of(fromBuild, "samples"))) {
            return Path.of(fromBuild);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (no samples/ above " + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    /** Every .cspec file under the given repository folders, sorted. */
    public static List<Path> specs(String... folders) {
        Path root = root();
        return Stream.of(folders).map(root::resolve).filter(Files::isDirectory).flatMap(RepoFiles::walk).sorted().toList();
    }

    /** Every contract and fixture of the repository: the samples, the converted real contracts, core's test files. */
    public static List<Path> contractsAndFixtures() {
        return specs("samples", "accuracy/converted", "server/core/src/test/resources");
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".cspec")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
