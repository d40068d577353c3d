package cspec.core.workspace;

import cspec.core.syntax.SpecFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workspace boundary: a file source that reads nothing whose real path lies outside the
 * root, whether a path leads out through {@code ..} or a symbolic link (of the file, or of a
 * folder on its way) does. Listings still name such files, so the analysis can say which it
 * passed over; their text is never read. It reads through its inner source alone, so it holds
 * for the disk and for the workspace state's open documents alike.
 */
public final class BoundedFiles implements FileSource {
    private final FileSource inner;
    private final Path root;
    private volatile Optional<Path> realRoot;

    private BoundedFiles(FileSource inner, Path root) {
        this.inner = inner;
        this.root = root.toAbsolutePath().normalize();
    }

    /** Any source (the disk, or the workspace state's open documents over it) bounded to a workspace root. */
    public static FileSource of(FileSource inner, Path root) {
        return new BoundedFiles(inner, root);
    }

    @Override
    public Optional<String> read(Path file) {
        return inside(file) ? inner.read(file) : Optional.empty();
    }

    @Override
    public Optional<String> readHead(Path file, int maxChars) {
        return inside(file) ? inner.readHead(file, maxChars) : Optional.empty();
    }

    @Override
    public Optional<SpecFile> parsed(Path file) {
        return inside(file) ? inner.parsed(file) : Optional.empty();
    }

    /** Remembered apart from the same value computed without the boundary, which may differ. */
    @Override
    public <T> T remember(String what, Path about, Supplier<T> compute) {
        return inner.remember(what + " within " + root, about, compute);
    }

    @Override
    public List<Path> specFiles(Path folder) {
        return folder == null || !inside(folder) ? List.of() : inner.specFiles(folder);
    }

    @Override
    public Optional<Path> realPath(Path file) {
        return inner.realPath(file);
    }

    /** Another workspace's view of the same files: bounded by that root alone. */
    @Override
    public FileSource within(Path otherRoot) {
        return inner.within(otherRoot);
    }

    /** As every source answers, with the root's own real path resolved once rather than per file. */
    @Override
    public Optional<Path> outside(Path file, Path folder) {
        if (!folder.toAbsolutePath().normalize().equals(root)) {
            return inner.outside(file, folder);
        }
        Path normal = file.toAbsolutePath().normalize();
        if (!normal.startsWith(root)) {
            return Optional.of(normal);
        }
        Optional<Path> real = inner.realPath(normal);
        Optional<Path> realRoot = realRoot();
        return real.isPresent() && realRoot.isPresent() && !real.get().startsWith(realRoot.get()) ? real : Optional.empty();
    }

    private Optional<Path> realRoot() {
        Optional<Path> known = realRoot;
        if (known == null) {
            known = inner.realPath(root);
            realRoot = known;
        }
        return known;
    }

    private boolean inside(Path file) {
        return outside(file, root).isEmpty();
    }
}
