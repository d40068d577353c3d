package cspec.core.workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * How analysis reads the workspace's other files (libraries, profiles, uses paths). The command
 * line reads the disk; the language server lays its open, unsaved documents over the disk.
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

    static FileSource disk() {
        return new FileSource() {
            public Optional<String> read(Path file) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<String> readHead(Path file, int maxChars) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    char[] buffer = new char[maxChars];
                    int filled = 0;
                    for (int n; filled < maxChars && (n = reader.read(buffer, filled, maxChars - filled)) > 0; ) {
                        filled += n;
                    }
                    return Optional.of(new String(buffer, 0, filled));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }

            public List<Path> specFiles(Path root) {
                if (root == null || !Files.isDirectory(root)) {
                    return List.of();
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    return walk.filter(p -> p.getFileName().toString().endsWith(".cspec"))
                            .filter(Files::isRegularFile)
                            .filter(p -> !isHidden(root.relativize(p)))
                            .sorted()
                            .toList();
                } catch (IOException | RuntimeException e) {
                    return List.of();
                }
            }
        };
    }

    /**
     * A source that remembers folder listings and file heads for its lifetime: one command-line
     * run lints many files of one workspace, and each analysis would otherwise walk and peek at
     * the whole workspace again. Full reads are not remembered (--fix rewrites files).
     */
    static FileSource memoizing(FileSource inner) {
        Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
        Map<Path, Optional<String>> heads = new ConcurrentHashMap<>();
        return new FileSource() {
            public Optional<String> read(Path file) {
                return inner.read(file);
            }

            public List<Path> specFiles(Path root) {
                return root == null ? List.of() : listings.computeIfAbsent(root, inner::specFiles);
            }

            @Override
            public Optional<String> readHead(Path file, int maxChars) {
                return heads.computeIfAbsent(file, f -> inner.readHead(f, maxChars));
            }
        };
    }

    /** Build output and dot-folders (.git, node_modules, target) are never part of a workspace scan. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }
}
