package cspec.core.state;

import cspec.core.Analyzer;
import cspec.core.Cancellation;
import cspec.core.Checks;
import cspec.core.catalog.CatalogResolver;
import cspec.core.check.Reuse;
import cspec.core.config.Config;
import cspec.core.config.ConfigLoader;
import cspec.core.syntax.SpecFile;
import cspec.core.text.SourceText;
import cspec.core.workspace.FileSource;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Everything cspec keeps between analyses, in one place, for both shells: open documents and
 * their versions, the files as analysis reads them (with the parses, listings and scans
 * remembered of them), each workspace's configuration, and the analyses by version. Each
 * change says here what it makes stale; an analysis whose version or files went stale stops.
 * The command line uses it with no open documents, so a batch parses each library once.
 */
public final class WorkspaceState {
    private final OpenDocuments open = new OpenDocuments();
    private final StateFiles files;
    private final Configurations configurations;
    private final ByVersion<Prepared> preparations = new ByVersion<>();
    private final ByVersion<Analysis> analyses = new ByVersion<>();
    /**
     * For the documents edited last, what the analysis of each one's last version lets the next
     * one reuse. Only documents being typed into, and only a few: a store holds about a megabyte
     * per large contract, and kept for fifty contracts that are only open, the stores would outlive
     * several collections and grow the heap (403 MB resident with fifty open, against 267 MB).
     */
    private final Map<String, Reuse> reuse = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Reuse> eldest) {
                    return size() > REUSED_DOCUMENTS;
                }
            });
    private static final int REUSED_DOCUMENTS = 4;
    /**
     * Each open document's latest parse, which the parse of its next version reuses where the
     * edit left the text alone (any version serves: the re-parse compares the texts).
     */
    private final Map<String, SpecFile> lastParses = new ConcurrentHashMap<>();
    /** Requests answering from names (completion, hover) at this moment: the checks step aside for them. */
    private final AtomicInteger answering = new AtomicInteger();
    /**
     * The longest one analysis steps aside for such requests in all, so findings still come when
     * requests keep arriving; a completion or hover takes a few milliseconds of CPU.
     */
    private static final long STEP_ASIDE_NANOS = 50_000_000;
    /** Raised whenever a file, a setting or a dependency changes: every analysis older than it is stale. */
    private final AtomicLong generation = new AtomicLong();

    /** A state for one command-line run: the disk does not change under it. */
    public WorkspaceState(FileSource disk) {
        this(disk, Long.MAX_VALUE);
    }

    /**
     * disk is the shell's adapter from cspec.files: how files not open in an editor are read;
     * listingMillis is how long a folder listing is trusted when no change is reported.
     */
    public WorkspaceState(FileSource disk, long listingMillis) {
        this.files = new StateFiles(disk, open, listingMillis);
        this.configurations = new Configurations(files);
    }

    /** How analysis reads the workspace: open documents over the disk, with what is remembered. */
    public FileSource files() {
        return files;
    }

    // Documents.

    public Document open(String uri, Path path, int version, String text) {
        Document document = new Document(uri, normal(path), version, SourceText.exactly(uri, text));
        open.put(document);
        dependencyChanged(null, document);
        return document;
    }

    /**
     * The document's new version; true when other documents may read it (a library or profile,
     * before or after the edit), so they need checking again too.
     */
    public boolean change(String uri, int version, SourceText text) {
        Optional<Document> before = open.get(uri);
        reuse.computeIfAbsent(uri, u -> Reuse.acrossVersions());
        Document after = new Document(uri, before.map(Document::path).orElse(null), version, text);
        open.put(after);
        return dependencyChanged(before.orElse(null), after);
    }

    public void close(String uri) {
        open.remove(uri).ifPresent(d -> dependencyChanged(d, null));
        reuse.remove(uri);
        lastParses.remove(uri);
        preparations.forget(uri);
        analyses.forget(uri);
    }

    public Optional<Document> document(String uri) {
        return open.get(uri);
    }

    public Collection<Document> documents() {
        return open.all();
    }

    // Files and settings.

    /** Files changed on disk (the editor's watched files); cspec.json among them is read again. */
    public void filesChanged(List<Path> paths) {
        for (Path path : paths) {
            files.changed(path);
            if (ConfigLoader.FILE_NAME.equals(String.valueOf(path.getFileName()))) {
                configurations.refresh();
            }
        }
        generation.incrementAndGet();
    }

    public void setFolders(List<Path> roots) {
        configurations.setFolders(roots);
        files.forgetAll();
        generation.incrementAndGet();
    }

    public List<Path> folders() {
        return configurations.folders();
    }

    /** The editor's settings, laid under each workspace's cspec.json. */
    public void setSettings(UnaryOperator<Config> layer) {
        configurations.setSettings(layer);
        generation.incrementAndGet();
    }

    /** The workspace of a file as the editor sees it (its folders; no root outside them without a cspec.json). */
    public Workspace workspaceOf(Path file) {
        return configurations.editorWorkspaceOf(file);
    }

    /** The workspace of a file as the command line sees it: without a cspec.json, fallbackRoot when it holds the file. */
    public Workspace locate(Path file, Path fallbackRoot) {
        return configurations.locate(file, fallbackRoot);
    }

    /** The workspace an explicit config file names; empty when it cannot be read. */
    public Optional<Workspace> fromConfig(Path configFile) {
        return configurations.fromConfig(configFile);
    }

    // Analyses.

    /** The analysis of the document's latest version; empty when it is not open. */
    public Optional<Analysis> analysis(String uri, Cancellation cancel) {
        while (true) {
            Optional<Document> document = open.get(uri);
            if (document.isEmpty()) {
                return Optional.empty();
            }
            Optional<Analysis> analysis = analysisOf(document.get(), cancel);
            if (analysis.isPresent()) {
                return analysis;
            }
        }
    }

    /** The analysis of exactly this version; empty when a newer version or a file change overtook it. */
    public Optional<Analysis> analysisOf(Document document, Cancellation cancel) {
        long seen = generation.get();
        Cancellation stale = stale(document, seen);
        return analyses.of(document, seen, stale, cancel, token -> {
            Prepared prepared = preparedOf(document, seen, token, token)
                    .orElseThrow(Cancellation.Cancelled::new);
            token.check();
            return new Analysis(document, prepared.workspace(),
                    Analyzer.check(prepared.stage(), prepared.workspace(), Checks.ALL, steppingAside(token),
                            reuse.getOrDefault(document.uri(), Reuse.NONE)), seen, true);
        });
    }

    /**
     * For features that need the document's names but not its findings (completion): the latest
     * version's analysis when it is done, else its tree and catalog with no findings yet, which
     * cost a parse rather than every check. Right after an edit this answers at once.
     */
    public Optional<Analysis> names(String uri, Cancellation cancel) {
        while (true) {
            Optional<Document> document = open.get(uri);
            if (document.isEmpty()) {
                return Optional.empty();
            }
            long seen = generation.get();
            Optional<Analysis> done = analyses.ready(document.get(), seen);
            if (done.isPresent()) {
                return done;
            }
            Optional<Prepared> prepared = preparedOf(document.get(), seen, stale(document.get(), seen), cancel);
            if (prepared.isPresent()) {
                return Optional.of(prepared.get().unchecked());
            }
        }
    }

    /**
     * The answer of a request that needs names, not findings (completion, hover), from
     * {@link #names}. While it runs, analyses pause between checks: right after an edit the
     * checks of the new version would otherwise take the cores, and their allocation the
     * collector's pauses, from the request the user waits for.
     */
    public <T> Optional<T> answerFromNames(String uri, Cancellation cancel, Function<Analysis, T> answer) {
        answering.incrementAndGet();
        try {
            return names(uri, cancel).map(answer);
        } finally {
            answering.decrementAndGet();
        }
    }

    /** The cancellation the checks see: before each check, it first waits while requests answer from names. */
    private Cancellation steppingAside(Cancellation token) {
        long[] waited = {0};
        return () -> {
            while (answering.get() > 0 && waited[0] < STEP_ASIDE_NANOS && !token.isCancelled()) {
                long start = System.nanoTime();
                LockSupport.parkNanos(200_000);
                waited[0] += System.nanoTime() - start;
            }
            return token.isCancelled();
        };
    }

    /**
     * A version's first stage, with the workspace it was prepared in, and its unchecked analysis
     * made once, so the requests that answer from it share one names index.
     */
    private static final class Prepared {
        private final Workspace workspace;
        private final Analyzer.Prepared stage;
        private final Analysis unchecked;

        Prepared(Document document, Workspace workspace, Analyzer.Prepared stage, long generation) {
            this.workspace = workspace;
            this.stage = stage;
            this.unchecked = new Analysis(document, workspace, stage.unchecked(), generation, false);
        }

        Workspace workspace() {
            return workspace;
        }

        Analyzer.Prepared stage() {
            return stage;
        }

        Analysis unchecked() {
            return unchecked;
        }
    }

    private Optional<Prepared> preparedOf(Document document, long seen, Cancellation stale, Cancellation cancel) {
        return preparations.of(document, seen, stale, cancel, token -> {
            Workspace workspace = workspaceOf(document.path());
            Analyzer.Prepared stage = Analyzer.prepare(document.text(), document.path(), workspace,
                    lastParses.get(document.uri()));
            lastParses.put(document.uri(), stage.file());
            if (open.get(document.uri()).isEmpty()) {
                lastParses.remove(document.uri()); // closed meanwhile
            }
            return new Prepared(document, workspace, stage, seen);
        });
    }

    private Cancellation stale(Document document, long seen) {
        return () -> open.get(document.uri()).orElse(null) != document || generation.get() != seen;
    }

    /** A document others may read changed (or opened or closed): what was read of it is stale. */
    private boolean dependencyChanged(Document before, Document after) {
        boolean others = readByOthers(before) || readByOthers(after);
        if (others) {
            Path path = after != null ? after.path() : before.path();
            if (path != null) {
                files.changed(path);
            } else {
                files.forgetAll();
            }
            generation.incrementAndGet();
        }
        return others;
    }

    private static boolean readByOthers(Document document) {
        return document != null && CatalogResolver.mayHoldCatalogDocument(document.text().text());
    }

    private static Path normal(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }
}
