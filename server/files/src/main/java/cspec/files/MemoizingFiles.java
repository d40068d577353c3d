package cspec.files;

import cspec.core.workspace.FileSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A source that remembers folder listings and file heads for its lifetime: one command-line run
 * lints many files of one workspace, and each analysis would otherwise walk and peek at the whole
 * workspace again, and each workspace boundary check resolves the same links again. Full reads
 * are not remembered (--fix rewrites files).
 */
public final class MemoizingFiles implements FileSource {
    private final FileSource inner;
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final Map<Path, Optional<String>> heads = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Path>> realPaths = new ConcurrentHashMap<>();

    public MemoizingFiles(FileSource inner) {
        this.inner = inner;
    }

    @Override
    public Optional<String> read(Path file) {
        return inner.read(file);
    }

    @Override
    public List<Path> specFiles(Path root) {
        return root == null ? List.of() : listings.computeIfAbsent(root, inner::specFiles);
    }

    @Override
    public Optional<String> readHead(Path file, int maxChars) {
        return heads.computeIfAbsent(file, f -> inner.readHead(f, maxChars));
    }

    @Override
    public Optional<Path> realPath(Path file) {
        return realPaths.computeIfAbsent(file, inner::realPath);
    }

    @Override
    public FileSource within(Path root) {
        return new BoundedFiles(this, root);
    }
}
