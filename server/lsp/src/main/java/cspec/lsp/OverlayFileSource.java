package cspec.lsp;

import cspec.core.workspace.FileSource;
import cspec.files.BoundedFiles;
import cspec.files.DiskFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads files as the editor sees them: an open document's unsaved text wins over the disk.
 * Folder listings are remembered, since every analysis (one per edit, after the debounce) would
 * otherwise walk the workspace again; they are forgotten when the client reports a watched
 * file change, and after a few seconds for clients that do not watch files.
 */
final class OverlayFileSource implements FileSource {
    private static final long LISTING_MILLIS = 5_000;

    private record Listing(List<Path> files, long at) {
    }

    private final OpenDocuments open;
    private final DiskFiles disk = new DiskFiles();
    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();

    OverlayFileSource(OpenDocuments open) {
        this.open = open;
    }

    @Override
    public Optional<String> read(Path file) {
        Optional<OpenDocument> document = open.atPath(file);
        return document.isPresent() ? Optional.of(document.get().text().text()) : disk.read(file);
    }

    @Override
    public Optional<String> readHead(Path file, int maxChars) {
        Optional<OpenDocument> document = open.atPath(file);
        if (document.isPresent()) {
            String text = document.get().text().text();
            return Optional.of(text.length() > maxChars ? text.substring(0, maxChars) : text);
        }
        return disk.readHead(file, maxChars);
    }

    @Override
    public List<Path> specFiles(Path root) {
        if (root == null) {
            return List.of();
        }
        long now = System.currentTimeMillis();
        Listing listing = listings.compute(root, (r, old) ->
                old != null && now - old.at() < LISTING_MILLIS ? old : new Listing(disk.specFiles(r), now));
        return listing.files();
    }

    @Override
    public Optional<Path> realPath(Path file) {
        return disk.realPath(file);
    }

    /** The workspace boundary holds for open documents too: a document opened through a link is no way out. */
    @Override
    public FileSource within(Path root) {
        return BoundedFiles.of(this, root);
    }

    /** Files were created, changed or deleted on disk. */
    void forgetListings() {
        listings.clear();
    }
}
