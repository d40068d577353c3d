package cspec.lsp;

import cspec.core.config.Config;
import cspec.core.config.ConfigLoader;
import cspec.core.workspace.FileSource;
import java.nio.file.Path;

/** Reads a workspace's cspec.json (through the overlay, so an unsaved cspec.json counts too). */
final class ConfigFiles {
    private ConfigFiles() {
    }

    static Config load(Path file, FileSource files) {
        return files.read(file).map(text -> ConfigLoader.parse(file, text)).orElse(Config.DEFAULT);
    }
}
