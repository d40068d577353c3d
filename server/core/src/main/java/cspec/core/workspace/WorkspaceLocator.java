package cspec.core.workspace;

import cspec.core.config.Config;
import cspec.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the workspace a file belongs to. The root is the folder of the nearest cspec.json at or
 * above the file's folder; without one, the fallback folder (the command line's current
 * directory, the editor's workspace folder) when it holds the file, else the file's own folder.
 * An explicit config file fixes the root to its folder for every file. Each cspec.json is read
 * once per locator, so a folder of many specs shares one parsed configuration; the workspace
 * state keeps one locator and replaces it when a cspec.json changes. Safe to share between threads.
 */
public final class WorkspaceLocator {
    private final FileSource files;
    private final Map<Path, Optional<Workspace>> byFolder = new ConcurrentHashMap<>();

    public WorkspaceLocator(FileSource files) {
        this.files = files;
    }

    /** The workspace of a file found by walking up from it. */
    public Workspace locate(Path file, Path fallbackRoot) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Optional<Workspace> found = byFolder.computeIfAbsent(dir, this::configuredAt);
            if (found.isPresent()) {
                return found.get();
            }
        }
        Path fallback = fallbackRoot == null ? null : fallbackRoot.toAbsolutePath().normalize();
        Path root = fallback != null && absolute.startsWith(fallback) ? fallback : folder;
        return new Workspace(root, Config.DEFAULT, files);
    }

    /** The workspace named by an explicit config file, or empty when that file cannot be read. */
    public Optional<Workspace> fromConfig(Path configFile) {
        Path absolute = configFile.toAbsolutePath().normalize();
        return files.read(absolute).map(text -> new Workspace(absolute.getParent(), ConfigLoader.parse(absolute, text), files));
    }

    private Optional<Workspace> configuredAt(Path dir) {
        Path candidate = dir.resolve(ConfigLoader.FILE_NAME);
        return files.read(candidate).map(text -> new Workspace(dir, ConfigLoader.parse(candidate, text), files));
    }
}
