package cspec.core.state;

import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.workspace.BoundedFiles;
import cspec.core.workspace.FileSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The workspace's files as analysis reads them: an open document's text wins over the disk
 * (the shells pass their adapter from {@code cspec.files} as the disk), and what is derived from
 * the files is remembered until a file changes: folder listings, parses (keyed by path and
 * checked against the text, so an edited buffer is re-parsed), and values such as a scan's
 * candidates. Contracts' own parses are not kept here: only files other files read.
 */
final class StateFiles implements FileSource {
    private record Parse(String text, SpecFile file) {
    }

    private record Key(String what, Path about) {
    }

    private final FileSource disk;
    private final OpenDocuments open;
    private final long listingMillis;
    private volatile long listedAt = System.currentTimeMillis();
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final Map<Path, Parse> parses = new ConcurrentHashMap<>();
    private final Map<Key, Object> remembered = new ConcurrentHashMap<>();

    /**
     * listingMillis is how long listings and scans are trusted without word of a change: for
     * ever on the command line; a few seconds in an editor that does not report file changes.
     */
    StateFiles(FileSource disk, OpenDocuments open, long listingMillis) {
        this.disk = disk;
        this.open = open;
        this.listingMillis = listingMillis;
    }

    @Override
    public Optional<String> read(Path file) {
        Optional<Document> document = open.atPath(file);
        return document.isPresent() ? Optional.of(document.get().text().text()) : disk.read(file);
    }

    @Override
    public Optional<String> readHead(Path file, int maxChars) {
        Optional<Document> document = open.atPath(file);
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
        expireListings();
        return listings.computeIfAbsent(root, disk::specFiles);
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

    @Override
    public Optional<SpecFile> parsed(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Optional<String> text = read(key);
        if (text.isEmpty()) {
            parses.remove(key);
            return Optional.empty();
        }
        Parse known = parses.get(key);
        if (known != null && known.text().equals(text.get())) {
            return Optional.of(known.file());
        }
        SpecFile parsed = SpecParser.parse(new SourceText(key.toString(), text.get()));
        parses.put(key, new Parse(text.get(), parsed));
        return Optional.of(parsed);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remember(String what, Path about, Supplier<T> compute) {
        expireListings();
        Key key = new Key(what, about);
        Object known = remembered.get(key);
        if (known == null) {
            known = compute.get();
            remembered.put(key, known);
        }
        return (T) known;
    }

    /**
     * A file changed, appeared or went: its parse goes, and so do the listings and everything
     * derived, since a listing or a scan may have seen it.
     */
    void changed(Path file) {
        parses.remove(file.toAbsolutePath().normalize());
        listings.clear();
        remembered.clear();
    }

    private void expireListings() {
        long now = System.currentTimeMillis();
        if (now - listedAt > listingMillis) {
            listedAt = now;
            listings.clear();
            remembered.clear();
        }
    }

    /** Files changed on disk in ways the client did not say: forget everything. */
    void forgetAll() {
        parses.clear();
        listings.clear();
        remembered.clear();
    }
}
