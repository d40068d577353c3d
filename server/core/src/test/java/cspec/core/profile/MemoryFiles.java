package cspec.core.profile;

import cspec.core.workspace.FileSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A workspace held in memory: the FileSource boundary without touching the disk. */
final class MemoryFiles implements FileSource {
    private final Map<Path, String> files = new TreeMap<>();

    MemoryFiles put(Path path, String text) {
        files.put(path.toAbsolutePath().normalize(), text);
        return this;
    }

    @Override
    public Optional<String> read(Path file) {
        return Optional.ofNullable(files.get(file.toAbsolutePath().normalize()));
    }

    @Override
    public List<Path> specFiles(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return files.keySet().stream()
                .filter(p -> p.startsWith(r) && !p.equals(r) && p.toString().endsWith(".cspec"))
                .toList();
    }
}
