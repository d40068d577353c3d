package cspec.core.state;

import cspec.core.AnalysisResult;
import cspec.core.editor.DocumentIndex;
import cspec.core.workspace.Workspace;

/**
 * One version of an open document, analysed: the document, the workspace it was analysed in
 * and the result, with the editor's names index built on first use. Features and diagnostics
 * of that version share it. An unchecked one holds the tree and catalog alone (no findings).
 */
public final class Analysis {
    private final Document document;
    private final Workspace workspace;
    private final AnalysisResult result;
    private final long generation;
    private final boolean checked;
    private volatile DocumentIndex index;

    Analysis(Document document, Workspace workspace, AnalysisResult result, long generation, boolean checked) {
        this.document = document;
        this.workspace = workspace;
        this.result = result;
        this.generation = generation;
        this.checked = checked;
    }

    /** False for the tree and catalog alone, read before the checks ran: its result has no findings yet. */
    public boolean checked() {
        return checked;
    }

    public Document document() {
        return document;
    }

    public Workspace workspace() {
        return workspace;
    }

    public AnalysisResult result() {
        return result;
    }

    /** The generation of the workspace's files it saw; a file change makes a newer one. */
    long generation() {
        return generation;
    }

    public DocumentIndex index() {
        DocumentIndex i = index;
        if (i == null) {
            i = DocumentIndex.of(result);
            index = i;
        }
        return i;
    }
}
