package cspec.lsp;

import cspec.core.config.Config;
import cspec.core.workspace.FileSource;
import cspec.core.workspace.Workspace;
import java.nio.file.Files;
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

    /** The workspace of a file; a buffer with no path belongs to no workspace. */
    Workspace of(Path file) {
        if (file == null) {
            return new Workspace(null, settings.under(Config.DEFAULT), files);
        }
        Path configFile = nearestConfig(file);
        if (configFile != null) {
            return new Workspace(configFile.getParent(), settings.under(ConfigFiles.load(configFile, files)), files);
        }
        for (Path folder : folders) {
            if (file.startsWith(folder)) {
                return new Workspace(folder, settings.under(Config.DEFAULT), files);
            }
        }
        return new Workspace(null, settings.under(Config.DEFAULT), files);
    }

    private static Path nearestConfig(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("cspec.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
