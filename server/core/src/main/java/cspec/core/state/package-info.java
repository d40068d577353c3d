/**
 * The workspace state, one owner for everything both shells keep between analyses: the open
 * documents and their versions ({@link cspec.core.state.OpenDocuments}), the files as the
 * analysis reads them, with what is remembered of them ({@link cspec.core.state.StateFiles}:
 * listings, parses, scans), each workspace's configuration ({@link cspec.core.state.Configurations})
 * and the analyses by version ({@link cspec.core.state.Analyses}), composed by
 * {@link cspec.core.state.WorkspaceState}. A change to a file or a document says what it
 * invalidates here, in one place; a newer version cancels an older analysis.
 */
package cspec.core.state;
