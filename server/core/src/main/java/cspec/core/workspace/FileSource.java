package cspec.core.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How analysis reads the workspace's other files (libraries, profiles, uses paths). Core never
 * touches the disk: the shells pass a source from {@code cspec.files} (the command line reads the
 * disk; the language server lays its open, unsaved documents over it), and tests pass one held in
 * memory.
 */
public interface FileSource {
    /** The text of a file, or empty when it cannot be read. */
    Optional<String> read(Path file);

    /** Every .cspec file under the root, in a stable order. */
    List<Path> specFiles(Path root);

    /**
     * At most the first maxChars characters of a file: enough to see which document it holds
     * without reading every contract of a workspace in full.
     */
    default Optional<String> readHead(Path file, int maxChars) {
        return read(file).map(text -> text.length() > maxChars ? text.substring(0, maxChars) : text);
    }

    /**
     * Where a file really is, after following symbolic links; empty when the disk has no such
     * file. A source without links (one held in memory) answers with the normalised path itself.
     */
    default Optional<Path> realPath(Path file) {
        return Optional.of(file.toAbsolutePath().normalize());
    }

    /** A source that reads nothing, for a document analysed on its own. */
    static FileSource none() {
        return new FileSource() {
            @Override
            public Optional<String> read(Path file) {
                return Optional.empty();
            }

            @Override
            public List<Path> specFiles(Path root) {
                return List.of();
            }
        };
    }
}
