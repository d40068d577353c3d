package cspec.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the accuracy module's folder, whether the tests run from it (Maven) or from the repository root. */
final class ModuleFiles {
    private ModuleFiles() {
    }

    static Path dir() {
        String root = System.getenv("CSPEC_REPO_ROOT");
        if (root != null && Files.isDirectory(Path.of(root, "accuracy", "corpus"))) {
            return Path.of(root, "accuracy");
        }
        Path here = Path.of("").toAbsolutePath();
        if (Files.isDirectory(here.resolve("corpus"))) {
            return here;
        }
        return here.resolve("accuracy");
    }

    static Path corpus() {
        return dir().resolve("corpus").resolve("contracts");
    }

    static Path converted() {
        return dir().resolve("converted");
    }
}
