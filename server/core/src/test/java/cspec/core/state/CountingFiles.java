package cspec.core.state;

import cspec.core.workspace.FileSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A workspace held in memory that counts how often each file is read and each folder listed. */
final class CountingFiles implements FileSource {
    private final Map<Path, String> files = new ConcurrentHashMap<>();
    private final Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();
    final AtomicInteger listings = new AtomicInteger();

    CountingFiles put(Path path, String text) {
        files.put(path.toAbsolutePath().normalize(), text);
        return this;
    }

    int reads(Path path) {
        return reads.getOrDefault(path.toAbsolutePath().normalize(), new AtomicInteger()).get();
    }

    @Override
    public Optional<String> read(Path file) {
        Path key = file.toAbsolutePath().normalize();
        reads.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return Optional.ofNullable(files.get(key));
    }

    @Override
    public List<Path> specFiles(Path root) {
        listings.incrementAndGet();
        Path r = root.toAbsolutePath().normalize();
        return files.keySet().stream().filter(p -> p.startsWith(r) && p.toString().endsWith(".cspec")).sorted().toList();
    }
}
