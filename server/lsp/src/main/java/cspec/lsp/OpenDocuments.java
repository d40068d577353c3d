package cspec.lsp;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The documents open in the editor, by URI; safe to read from any thread. */
final class OpenDocuments {
    private final Map<String, OpenDocument> byUri = new ConcurrentHashMap<>();

    void put(OpenDocument document) {
        byUri.put(document.uri(), document);
    }

    Optional<OpenDocument> get(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    void remove(String uri) {
        byUri.remove(uri);
    }

    Collection<OpenDocument> all() {
        return byUri.values();
    }

    /** The open document holding a file, when the editor has it open. */
    Optional<OpenDocument> atPath(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        for (OpenDocument d : byUri.values()) {
            if (Uris.path(d.uri()).map(normal::equals).orElse(false)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
