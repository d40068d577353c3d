package cspec.core;

import cspec.core.config.Config;
import cspec.core.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The settings a workspace folder's cspec.json gives, as the CLI and the editor read them; the defaults without one. */
public final class WorkspaceConfig {
    private WorkspaceConfig() {
    }

    public static Config of(Path root) {
        Path file = root.resolve(ConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Config.DEFAULT;
        }
        try {
            return ConfigLoader.parse(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
