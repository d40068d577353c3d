package cspec.core.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    static FileSource disk() {
        return new FileSource() {
            public Optional<String> read(Path file) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
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
