package cspec.cli.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Paths as the machine formats want them: relative with {@code /} and percent-encoding, else a file URI. */
public final class Uris {
    private Uris() {
    }

    /** The file relative to base when inside it ({@code specs/a%20b.cspec}), else its absolute file URI. */
    public static String of(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base.toAbsolutePath().normalize())) {
            return absolute.toUri().toString();
        }
        try {
            return new URI(null, null, slashPath(base, file), null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashPath(base, file);
        }
    }

    /** The file relative to base with {@code /} between folders ({@code specs/a b.cspec}), else absolute. */
    public static String slashPath(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }

    /** A related document named by path or URI, in the same form; null when it is not a path. */
    static String ofDocument(Path base, String document) {
        if (document.contains(":") && !document.matches("^[A-Za-z]:[\\\\/].*")) {
            return document;
        }
        try {
            return of(base, Path.of(document));
        } catch (InvalidPathException e) {
            return document;
        }
    }
}
