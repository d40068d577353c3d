/**
 * Where a document lives: {@link cspec.core.workspace.Workspace} (root, settings, files),
 * {@link cspec.core.workspace.WorkspaceLocator} (the nearest cspec.json above a file), and
 * {@link cspec.core.workspace.FileSource}, the only way core reads other files. The disk-backed
 * sources live in {@code cspec.files}, outside core.
 */
package cspec.core.workspace;
