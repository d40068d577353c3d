package cspec.cli;

import cspec.files.DiskFiles;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * `cspec lint --ignore-path FILE`: the files to leave out, in .gitignore syntax, so a
 * repository's own .gitignore can serve: one pattern a line, `#` comments, `!` to take a file
 * back, a trailing `/` for folders only, a `/` at the start or in the middle to anchor the
 * pattern at FILE's folder (otherwise it matches at any depth); `*` stays within a folder and
 * `**` crosses folders.
 */
final class IgnoreFile {
    private record Pattern(PathMatcher matcher, boolean negated, boolean foldersOnly, boolean anchored) {
    }

    private final Path base;
    private final List<Pattern> patterns;

    private IgnoreFile(Path base, List<Pattern> patterns) {
        this.base = base;
        this.patterns = patterns;
    }

    static IgnoreFile load(Path file) {
        String text = new DiskFiles().read(file)
                .orElseThrow(() -> new UsageException("cannot read the ignore file " + file));
        List<Pattern> patterns = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            line = negated ? line.substring(1) : line;
            boolean foldersOnly = line.endsWith("/");
            line = foldersOnly ? line.substring(0, line.length() - 1) : line;
            boolean anchored = line.contains("/");
            line = line.startsWith("/") ? line.substring(1) : line;
            try {
                patterns.add(new Pattern(FileSystems.getDefault().getPathMatcher("glob:" + line), negated, foldersOnly, anchored));
            } catch (RuntimeException e) {
                throw new UsageException("the ignore file " + file + " has a pattern cspec cannot read: " + raw.strip());
            }
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        return new IgnoreFile(parent, patterns);
    }

    /** True when the last pattern that matches the file, or one of its folders, does not start with `!`. */
    boolean ignores(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(absolute);
        boolean ignored = false;
        for (Pattern p : patterns) {
            if (matches(p, relative)) {
                ignored = !p.negated();
            }
        }
        return ignored;
    }

    private static boolean matches(Pattern p, Path relative) {
        for (Path prefix = relative; prefix != null; prefix = prefix.getParent()) {
            boolean folder = !prefix.equals(relative);
            if (p.foldersOnly() && !folder) {
                continue;
            }
            Path candidate = p.anchored() ? prefix : prefix.getFileName();
            if (p.matcher().matches(candidate)) {
                return true;
            }
        }
        return false;
    }
}
