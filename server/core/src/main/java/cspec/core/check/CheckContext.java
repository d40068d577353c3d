package cspec.core.check;

import cspec.core.config.Config;
import cspec.core.catalog.Catalog;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.Outline;
import cspec.core.syntax.SpecFile;
import cspec.core.text.SourceText;
import java.util.Optional;

/** What a check may look at: the parsed file, its workspace settings and the catalog it can see. */
public record CheckContext(SpecFile file, Config config, Catalog catalog, Outline outline) {

    public static CheckContext of(SpecFile file, Config config, Catalog catalog) {
        Document document = file.document();
        Outline outline = document == null ? Outline.empty() : Outline.of(document);
        return new CheckContext(file, config, catalog, outline);
    }

    public SourceText source() {
        return file.source();
    }

    public Optional<Contract> contract() {
        return file.document() instanceof Contract c ? Optional.of(c) : Optional.empty();
    }
}
