package cspec.core.workspace;

import cspec.core.config.Config;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a document lives: the workspace root (nothing outside it is read: the file source is
 * bounded to the root as the workspace is made), its cspec.json settings, and how to read its
 * other files.
 */
public record Workspace(Path root, Config config, FileSource files) {

    public Workspace {
        files = root == null ? files : files.within(root);
    }

    /** A document analysed on its own: no root, default settings, nothing else read. */
    public static Workspace standalone() {
        return new Workspace(null, Config.DEFAULT, FileSource.none());
    }

    /** True when the path lies inside the root (after resolving . and ..). */
    public boolean contains(Path path) {
        if (root == null) {
            return false;
        }
        return path.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }

    /**
     * Where a path really leads when that is outside the root, through {@code ..} or a symbolic
     * link: such a file is never read, and this says where it is for the finding. Empty when the
     * path lies inside, or when there is no root.
     */
    public Optional<Path> outside(Path path) {
        return root == null ? Optional.empty() : files.outside(path, root);
    }
}
