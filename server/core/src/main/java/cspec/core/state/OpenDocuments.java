package cspec.core.state;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The documents open in the editor, by URI and by file; safe to read from any thread. */
final class OpenDocuments {
    private final Map<String, Document> byUri = new ConcurrentHashMap<>();
    private final Map<Path, Document> byPath = new ConcurrentHashMap<>();

    void put(Document document) {
        Document previous = byUri.put(document.uri(), document);
        if (previous != null && previous.path() != null && !previous.path().equals(document.path())) {
            byPath.remove(previous.path(), previous);
        }
        if (document.path() != null) {
            byPath.put(document.path(), document);
        }
    }

    Optional<Document> get(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    Optional<Document> remove(String uri) {
        Document removed = byUri.remove(uri);
        if (removed != null && removed.path() != null) {
            byPath.remove(removed.path(), removed);
        }
        return Optional.ofNullable(removed);
    }

    Collection<Document> all() {
        return List.copyOf(byUri.values());
    }

    /** The open document holding a file (the path normalised), when the editor has it open. */
    Optional<Document> atPath(Path path) {
        return byPath.isEmpty() ? Optional.empty() : Optional.ofNullable(byPath.get(path.toAbsolutePath().normalize()));
    }
}
