package cspec.files;

import cspec.core.workspace.FileSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every read of the disk that the command line and the language server make goes through here:
 * file texts and heads for the analysis ({@link FileSource}), the bytes of a file to lint, the
 * workspace scan and the command line's folder search, and the questions about what a path is.
 * The workspace boundary (real paths, links that point outside) belongs here, in one place.
 */
public final class DiskFiles implements FileSource {
    private static final String SPEC_EXTENSION = ".cspec";

    @Override
    public Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> readHead(Path file, int maxChars) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[maxChars];
            int filled = 0;
            for (int n; filled < maxChars && (n = reader.read(buffer, filled, maxChars - filled)) > 0; ) {
                filled += n;
            }
            return Optional.of(new String(buffer, 0, filled));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The workspace scan: .cspec files under root, never in dot-folders, build output or dependencies. */
    @Override
    public List<Path> specFiles(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(SPEC_EXTENSION))
                    .filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public Optional<Path> realPath(Path file) {
        try {
            return Files.exists(file) ? Optional.of(file.toRealPath()) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * A spec file to lint or format, read safely: one that is too large, binary or not UTF-8 is
     * loaded as one problem instead of its text (see {@link LoadedSpec}).
     */
    public LoadedSpec loadSpec(Path file, String name) throws IOException {
        return LoadedSpec.read(this, file, name);
    }

    byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    long size(Path file) throws IOException {
        return Files.size(file);
    }

    public boolean isFile(Path path) {
        return Files.isRegularFile(path);
    }

    public boolean isFolder(Path path) {
        return Files.isDirectory(path);
    }

    public boolean exists(Path path) {
        return Files.exists(path);
    }

    /**
     * What a path is when it exists but is neither a regular file nor a folder ("a named pipe
     * (FIFO)", "a character device"...); empty otherwise. Only its attributes are read: opening a
     * named pipe would wait for a writer that never comes.
     */
    public Optional<String> specialKind(Path path) {
        if (!Files.exists(path) || Files.isRegularFile(path) || Files.isDirectory(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch ((Integer) Files.getAttribute(path, "unix:mode") & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            });
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.of("a special file"); // without POSIX modes the general word has to do
        }
    }

    public boolean isSymbolicLink(Path path) {
        return Files.isSymbolicLink(path);
    }

    /**
     * The command line's search of a folder it was given: regular .cspec files, sorted, skipping
     * dot-folders, build output and dependencies; unreadable entries are passed over.
     */
    public List<Path> findSpecs(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(folder) || !skippedFolder(dir.getFileName()) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(SPEC_EXTENSION)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** Dot-folders (.git), build output and dependencies are never specs. */
    private static boolean skippedFolder(Path name) {
        String text = name == null ? "" : name.toString();
        return text.startsWith(".") || text.equals("target") || text.equals("node_modules");
    }

    /** Build output and dot-folders (.git, node_modules, target) are never part of a workspace scan. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (skippedFolder(part)) {
                return true;
            }
        }
        return false;
    }
}
