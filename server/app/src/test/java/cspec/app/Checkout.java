package cspec.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the end-to-end tests find the checkout they run from, and the tools on the machine they drive. */
final class Checkout {
    private Checkout() {
    }

    /** The repository root: the build names it, and a run from server/app finds it two folders up. */
    static Path root() {
        String fromBuild = System.getenv("CSPEC_REPO_ROOT");
        return fromBuild != null ? Path.of(fromBuild) : Path.of("").toAbsolutePath().getParent().getParent();
    }

    /** The executable of that name on PATH, or null when the machine lacks it (the test is then skipped). */
    static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
