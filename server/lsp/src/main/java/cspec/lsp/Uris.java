package cspec.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Document URIs and file paths: only file: URIs have a path; anything else is an unsaved buffer. */
final class Uris {
    private Uris() {
    }

    static Optional<Path> path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if ("file".equalsIgnoreCase(parsed.getScheme())) {
                return Optional.of(Paths.get(parsed).toAbsolutePath().normalize());
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The URI of a file named by path, or the name itself when it already is a URI. */
    static String of(String name) {
        if (name.contains("://") || name.startsWith("file:")) {
            return name;
        }
        return Path.of(name).toAbsolutePath().normalize().toUri().toString();
    }

    static String of(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }
}
