package cspec.lsp;

import cspec.core.config.Config;
import cspec.core.workspace.FileSource;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The workspace each document belongs to (LANGUAGE.md section 4): the folder of the nearest
 * cspec.json above the file, else the editor's workspace folder that holds it, else none (the
 * document is analysed on its own). cspec.json settings win over the editor's.
 */
final class Workspaces {
    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private final FileSource files;
    private volatile ClientSettings settings = ClientSettings.DEFAULT;

    Workspaces(FileSource files) {
        this.files = files;
    }

    void setFolders(List<Path> roots) {
        folders.clear();
        roots.forEach(r -> folders.add(r.toAbsolutePath().normalize()));
    }

    List<Path> folders() {
        return List.copyOf(folders);
    }

    void setSettings(ClientSettings newSettings) {
        settings = newSettings;
    }

    ClientSettings settings() {
        return settings;
    }

    /**
     * The workspace of a file; a buffer with no path, or a file outside every workspace folder
     * with no cspec.json above it, belongs to no workspace (nothing else is read for it).
     */
    Workspace of(Path file) {
        if (file == null) {
            return new Workspace(null, settings.under(Config.DEFAULT), files);
        }
        Path folder = folders.stream().filter(file.toAbsolutePath().normalize()::startsWith).findFirst().orElse(null);
        // A new locator each time: cspec.json may have been edited since the last lookup.
        Workspace found = new WorkspaceLocator(files).locate(file, folder);
        boolean configured = found.config() != Config.DEFAULT;
        Path root = configured || folder != null ? found.root() : null;
        return new Workspace(root, settings.under(found.config()), files);
    }
}
