package cspec.lsp;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.editor.DocumentIndex;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest analysis of each open document, computed on demand and dropped when the text
 * changes (keyed on the document version), so features and diagnostics share one analysis.
 */
final class Analyses {
    /** One document version, analysed, with its names index built on first use. */
    static final class Analysed {
        final OpenDocument document;
        final Workspace workspace;
        final AnalysisResult result;
        private volatile DocumentIndex index;

        Analysed(OpenDocument document, Workspace workspace, AnalysisResult result) {
            this.document = document;
            this.workspace = workspace;
            this.result = result;
        }

        DocumentIndex index() {
            DocumentIndex i = index;
            if (i == null) {
                i = DocumentIndex.of(result);
                index = i;
            }
            return i;
        }
    }

    private final OpenDocuments open;
    private final Workspaces workspaces;
    private final Map<String, Analysed> cache = new ConcurrentHashMap<>();
    private volatile long generation;

    Analyses(OpenDocuments open, Workspaces workspaces) {
        this.open = open;
        this.workspaces = workspaces;
    }

    /** The analysis of the document's current text; empty when it is not open. */
    Optional<Analysed> current(String uri) {
        Optional<OpenDocument> document = open.get(uri);
        return document.map(this::of);
    }

    /** The analysis of exactly this version of a document, reusing a cached one. */
    Analysed of(OpenDocument document) {
        Analysed cached = cache.get(document.uri());
        long seen = generation;
        if (cached != null && cached.document == document) {
            return cached;
        }
        Path path = Uris.path(document.uri()).orElse(null);
        Workspace workspace = workspaces.of(path);
        AnalysisResult result = Analyzer.analyze(document.text(), path, workspace);
        Analysed fresh = new Analysed(document, workspace, result);
        if (seen == generation && open.get(document.uri()).orElse(null) == document) {
            cache.put(document.uri(), fresh);
        }
        return fresh;
    }

    /** Forgets every cached analysis: settings changed or a file others depend on changed. */
    void invalidateAll() {
        generation++;
        cache.clear();
    }

    void forget(String uri) {
        cache.remove(uri);
    }
}
