package cspec.core.workspace;

import cspec.core.config.Config;
import cspec.core.config.ConfigLoader;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.text.Span;
import java.nio.file.Path;
import java.util.List;
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
        return configuredAt(absolute.getParent(), absolute);
    }

    private Optional<Workspace> configuredAt(Path dir) {
        return configuredAt(dir, dir.resolve(ConfigLoader.FILE_NAME));
    }

    /**
     * A cspec.json that is a symbolic link leading out of its folder is not read (it could name
     * any file on the machine); the workspace gets one error instead, which stops a lint run.
     */
    private Optional<Workspace> configuredAt(Path dir, Path config) {
        Optional<Path> outside = files.outside(config, dir);
        if (outside.isPresent()) {
            Diagnostic refused = Diagnostic.of(Rule.OUTSIDE_WORKSPACE, Span.at(0), ConfigLoader.FILE_NAME + " is a symbolic "
                    + "link to " + outside.get() + ", outside its folder, and cspec reads nothing outside the workspace: "
                    + "replace the link with a copy of the file.");
            return Optional.of(new Workspace(dir, new Config(config, null, Map.of(), Map.of(), List.of(), List.of(),
                    List.of(), List.of(refused)), files));
        }
        return files.read(config).map(text -> new Workspace(dir, ConfigLoader.parse(config, text), files));
    }
}
