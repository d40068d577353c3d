package cspec.files;

import cspec.core.diagnostic.Rule;
import cspec.core.workspace.BoundedFiles;
import cspec.core.workspace.FileSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every read of the disk that the command line and the language server make goes through here:
 * file texts and heads for the analysis ({@link FileSource}), the bytes of a file to lint, the
 * workspace scan and the command line's folder search, and the questions about what a path is.
 * The workspace boundary (real paths, links that point outside) belongs here, in one place.
 */
public final class DiskFiles implements FileSource {
    private static final String SPEC_EXTENSION = ".cspec";

    /** Only a regular file is opened: a named pipe would wait for a writer that never comes. */
    @Override
    public Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> readHead(Path file, int maxChars) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
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

    /**
     * The workspace scan: .cspec files under root, never entering the folders {@link #SKIPPED_FOLDERS}
     * names (nor reading anything in them), and leaving out dot-files. A folder that cannot be read
     * costs that folder alone: the rest of the workspace is still found.
     */
    @Override
    public List<Path> specFiles(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try {
            return findSpecs(root).specs().stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
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

    @Override
    public FileSource within(Path root) {
        return BoundedFiles.of(this, root);
    }

    /**
     * A spec file to lint or format, read safely: one that is too large, binary, not UTF-8 or
     * unreadable is loaded as one problem instead of its text (see {@link LoadedSpec}), and one
     * whose real path lies outside the workspace root is not read at all.
     */
    public LoadedSpec loadSpec(Path file, String name, Path workspaceRoot) {
        Path absolute = file.toAbsolutePath().normalize();
        // A file named outside the root (an explicit --config elsewhere) is bounded by its own folder.
        Path boundary = workspaceRoot != null && absolute.startsWith(workspaceRoot.toAbsolutePath().normalize())
                ? workspaceRoot : absolute.getParent();
        Optional<Path> outside = boundary == null ? Optional.empty() : outside(absolute, boundary);
        if (outside.isPresent()) {
            return LoadedSpec.refused(file, name, Rule.OUTSIDE_WORKSPACE, "This file is a symbolic link to " + outside.get()
                    + ", outside the workspace (" + boundary + "), and cspec reads nothing outside it, so it was not "
                    + "checked: copy the file into the workspace instead of linking it.");
        }
        return LoadedSpec.read(this, file, name);
    }

    /**
     * The bytes of a document the user named (a tender to import, a bidder's response), refused
     * before it is read when it is larger than maxBytes, so a huge or hostile file never fills
     * the memory. A folder, a missing file or an unreadable one is an IOException with the reason.
     */
    public byte[] documentBytes(Path file, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null,
                    Files.isDirectory(file) ? "it is a folder, not a file" : "no such file");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new DocumentTooLarge(size, maxBytes);
        }
        return Files.readAllBytes(file);
    }

    /** Why a read failed, in plain words without Java's class names ("no such file", "permission denied"). */
    public static String reason(IOException e) {
        if (e instanceof DocumentTooLarge) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException missing && missing.getReason() != null) {
            return missing.getReason();
        }
        return SafeWriter.reason(e);
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
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.of("a special file"); // without POSIX modes the general word has to do
        }
    }

    public boolean isSymbolicLink(Path path) {
        return Files.isSymbolicLink(path);
    }

    /** A file or folder a search could not read, and the operating system's reason in plain words. */
    public record Unreadable(Path path, boolean folder, String reason) {
    }

    /** What a folder search found: the .cspec files, and what it could not look into. */
    public record Search(List<Path> specs, List<Unreadable> unreadable) {
    }

    /**
     * The command line's search of a folder it was given: .cspec files, sorted, skipping
     * dot-folders, build output and dependencies. A symbolic link to a file is found too (it is
     * checked against the workspace before it is read); folders behind links are not entered.
     * What cannot be read is listed, never passed over in silence.
     */
    public Search findSpecs(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(folder) || !skippedFolder(dir.getFileName()) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                boolean spec = file.getFileName().toString().endsWith(SPEC_EXTENSION);
                if (spec && (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file)))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                boolean isFolder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                if (!skippedFolder(file.getFileName()) && (isFolder || file.getFileName().toString().endsWith(SPEC_EXTENSION))) {
                    unreadable.add(new Unreadable(file, isFolder, SafeWriter.reason(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        unreadable.sort(java.util.Comparator.comparing(Unreadable::path));
        return new Search(found, unreadable);
    }

    /**
     * Folders that hold build output, dependencies or tools' state, never contracts: neither the
     * workspace scan nor the command line's folder search enters them (docs/language.md lists them).
     * A folder the user names (to lint, or in cspec.json) is searched whatever its name.
     */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(
            "node_modules", "bower_components", "target", "build", "_build", "__pycache__", "venv");

    /** Every dot-folder (.git, .hg, .idea, .venv...) and the folders of {@link #SKIPPED_FOLDERS}. */
    private static boolean skippedFolder(Path name) {
        String text = name == null ? "" : name.toString();
        return text.startsWith(".") || SKIPPED_FOLDERS.contains(text);
    }
}
