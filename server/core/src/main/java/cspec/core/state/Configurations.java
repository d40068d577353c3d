package cspec.core.state;

import cspec.core.config.Config;
import cspec.core.workspace.FileSource;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Which workspace a file belongs to and its settings: each cspec.json is read once (by one
 * locator) and read again only after a cspec.json changes; the editor's workspace folders and
 * its settings, which cspec.json's own settings override, are laid over what the file says.
 */
final class Configurations {
    private final FileSource files;
    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private volatile WorkspaceLocator locator;
    private volatile UnaryOperator<Config> settings = UnaryOperator.identity();

    Configurations(FileSource files) {
        this.files = files;
        this.locator = new WorkspaceLocator(files);
    }

    void setFolders(List<Path> roots) {
        folders.clear();
        roots.forEach(r -> folders.add(r.toAbsolutePath().normalize()));
    }

    List<Path> folders() {
        return List.copyOf(folders);
    }

    /** The editor's settings, as a change to each workspace's configuration. */
    void setSettings(UnaryOperator<Config> layer) {
        settings = layer;
    }

    /** A cspec.json changed: every configuration is read again on next use. */
    void refresh() {
        locator = new WorkspaceLocator(files);
    }

    /**
     * The workspace of a file as the editor sees it: the nearest cspec.json above it, else the
     * editor's folder that holds it, else none (a buffer with no path, or a file outside every
     * folder with no cspec.json above it, is analysed on its own and reads nothing else).
     */
    Workspace editorWorkspaceOf(Path file) {
        if (file == null) {
            return new Workspace(null, settings.apply(Config.DEFAULT), files);
        }
        Path normal = file.toAbsolutePath().normalize();
        Path folder = folders.stream().filter(normal::startsWith).findFirst().orElse(null);
        Workspace found = locator.locate(file, folder);
        boolean configured = found.config() != Config.DEFAULT;
        Path root = configured || folder != null ? found.root() : null;
        return new Workspace(root, settings.apply(found.config()), files);
    }

    /** The workspace of a file as the command line sees it: the fallback root is the current folder. */
    Workspace locate(Path file, Path fallbackRoot) {
        return locator.locate(file, fallbackRoot);
    }

    /** The workspace an explicit config file names, or empty when it cannot be read. */
    Optional<Workspace> fromConfig(Path configFile) {
        return locator.fromConfig(configFile);
    }
}
