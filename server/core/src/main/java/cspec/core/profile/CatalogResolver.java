package cspec.core.profile;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.SpecFile;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/** Builds the catalog one file can see, with the problems found on the way (bad uses paths, cycles). */
public final class CatalogResolver {
    private CatalogResolver() {
    }

    /** The catalog and the diagnostics that belong to the file being analysed. */
    public record Resolution(Catalog catalog, List<Diagnostic> diagnostics) {
    }

    public static Resolution resolve(SpecFile file, Path filePath, Workspace workspace) {
        return new Resolution(Catalog.EMPTY, List.of());
    }
}
