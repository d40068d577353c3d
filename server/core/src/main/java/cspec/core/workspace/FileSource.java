package cspec.core.workspace;

import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * Where a file really lies when that is outside the folder, through {@code ..} or a symbolic
     * link (of the file or of a folder on its way); empty when it lies inside or does not exist.
     */
    default Optional<Path> outside(Path file, Path folder) {
        Path normal = file.toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        if (!normal.startsWith(base)) {
            return Optional.of(normal);
        }
        Optional<Path> real = realPath(normal);
        Optional<Path> realBase = realPath(base);
        return real.isPresent() && realBase.isPresent() && !real.get().startsWith(realBase.get()) ? real : Optional.empty();
    }

    /**
     * This source, reading nothing whose real path lies outside root: the workspace boundary.
     * A source held in memory has no links, and its paths already say where its files are.
     */
    default FileSource within(Path root) {
        return this;
    }

    /**
     * The file parsed, or empty when it cannot be read. A source that lives across analyses (the
     * workspace state) returns the same tree while the text is unchanged, so a library many
     * contracts use is parsed once.
     */
    default Optional<SpecFile> parsed(Path file) {
        return read(file).map(text -> SpecParser.parse(new SourceText(file.toString(), text)));
    }

    /**
     * A value derived from the workspace's files (what a scan of a folder found, say), computed
     * here or remembered from an earlier analysis. A source that remembers forgets every such
     * value as soon as any file changes, so a remembered value is never staler than the files.
     */
    default <T> T remember(String what, Path about, Supplier<T> compute) {
        return compute.get();
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
