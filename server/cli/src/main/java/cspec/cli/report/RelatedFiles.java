package cspec.cli.report;

import cspec.core.diagnostic.RelatedLocation;
import cspec.core.text.SourceText;
import cspec.files.DiskFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the text of the document a related location points into: the finding's own file, or
 * another file (a library or profile) read once from disk. A document that is not a readable
 * file (a built-in profile) has no range; reports then name it without one.
 */
final class RelatedFiles {
    private final Map<String, Optional<SourceText>> cache = new HashMap<>();

    Optional<SourceText> sourceOf(FileReport file, RelatedLocation related) {
        if (related.document() == null) {
            return Optional.of(file.source());
        }
        return cache.computeIfAbsent(related.document(), RelatedFiles::read);
    }

    private static Optional<SourceText> read(String document) {
        try {
            Path path = document.startsWith("file:") ? Path.of(java.net.URI.create(document)) : Path.of(document);
            DiskFiles disk = new DiskFiles();
            return disk.isFile(path) ? disk.read(path).map(text -> new SourceText(document, text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
