package cspec.core.workspace;

import cspec.core.config.Config;
import java.nio.file.Path;

/**
 * Where a document lives: the workspace root (nothing outside it is read), its cspec.json
 * settings, and how to read its other files.
 */
public record Workspace(Path root, Config config, FileSource files) {

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
}
