package cspec.lsp;

import cspec.core.workspace.FileSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads files as the editor sees them: an open document's unsaved text wins over the disk. */
final class OverlayFileSource implements FileSource {
    private final OpenDocuments open;
    private final FileSource disk = FileSource.disk();

    OverlayFileSource(OpenDocuments open) {
        this.open = open;
    }

    @Override
    public Optional<String> read(Path file) {
        Optional<OpenDocument> document = open.atPath(file);
        return document.isPresent() ? Optional.of(document.get().text().text()) : disk.read(file);
    }

    @Override
    public List<Path> specFiles(Path root) {
        return disk.specFiles(root);
    }
}
