package cspec.core.catalog;

import cspec.core.syntax.Document;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.syntax.SpecFile;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the workspace's profile and library files for one resolution, each file at most once
 * (so that a file reached twice, through uses, cspec.json and the scan, is never loaded or
 * looped on twice). Files are read and parsed only through {@code workspace.files()}, which in
 * the workspace state remembers parses across resolutions, so an unchanged library is parsed once.
 */
final class WorkspaceDocuments {
    /** Where a workspace document was found; earlier origins take precedence. */
    enum Origin { USES, CONFIG, SCAN }

    /** A profile or library file of the workspace. */
    record Loaded(Path path, SpecFile file, Origin origin) {
        Document document() {
            return file.document();
        }
    }

    /** How much of a scanned file is read to see which document it holds. */
    private static final int HEAD_CHARS = 4096;
    private final Workspace workspace;
    private final Path self;
    private final Set<Path> visited = new HashSet<>();
    private final List<Loaded> loaded = new ArrayList<>();

    WorkspaceDocuments(Workspace workspace, Path self) {
        this.workspace = workspace;
        this.self = self == null ? null : normal(self);
        if (this.self != null) {
            visited.add(this.self);
        }
    }

    List<Loaded> loaded() {
        return loaded;
    }

    /** The parsed file at path, read through the workspace, whatever document it holds; empty when unreadable. */
    Optional<SpecFile> read(Path path) {
        return workspace.files().parsed(normal(path));
    }

    /** Adds the file if it is a profile or library not seen before; returns it when it was added. */
    Optional<Loaded> add(Path path, SpecFile file, Origin origin) {
        Path key = normal(path);
        if (!visited.add(key) || !isCatalogDocument(file.document())) {
            return Optional.empty();
        }
        Loaded entry = new Loaded(key, file, origin);
        loaded.add(entry);
        return Optional.of(entry);
    }

    /**
     * The files under root whose first words say they may hold a profile or library: the scan's
     * candidates, remembered by the file source, so a batch of thousands of contracts does not
     * peek at every file of the workspace once per contract.
     */
    static List<Path> catalogCandidates(Workspace workspace, Path root) {
        return workspace.files().remember("catalog candidates", root, () -> {
            List<Path> candidates = new ArrayList<>();
            for (Path p : workspace.files().specFiles(root)) {
                Optional<String> head = workspace.files().readHead(p, HEAD_CHARS);
                if (head.isPresent() && mayHoldCatalogDocument(head.get())) {
                    candidates.add(p);
                }
            }
            return List.copyOf(candidates);
        });
    }

    /** Reads and adds one file found by cspec.json or the scan; a contract or unreadable file is skipped. */
    void addIfCatalog(Path path, Origin origin) {
        Path key = normal(path);
        if (visited.contains(key)) {
            return;
        }
        Optional<String> head = workspace.files().readHead(key, HEAD_CHARS);
        if (head.isEmpty() || !mayHoldCatalogDocument(head.get())) {
            visited.add(key);
            return;
        }
        Optional<SpecFile> file = workspace.files().parsed(key);
        if (file.isEmpty()) {
            visited.add(key);
            return;
        }
        add(key, file.get(), origin);
    }

    boolean isSelf(Path path) {
        return self != null && self.equals(normal(path));
    }

    static boolean isCatalogDocument(Document document) {
        return document instanceof Profile || document instanceof Library;
    }

    /**
     * A cheap look at the first word, so that a scan does not parse every contract of the
     * workspace. A head that is all comments says nothing, so it is read in full after all.
     */
    static boolean mayHoldCatalogDocument(String text) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            String stripped = text.substring(i, lineEnd).replace("\uFEFF", "").strip();
            if (!stripped.isEmpty() && !stripped.startsWith("//")) {
                return stripped.startsWith("profile") || stripped.startsWith("library");
            }
            i = lineEnd + 1;
        }
        return length >= HEAD_CHARS;
    }

    static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
