package cspec.procurement;

import cspec.core.catalog.Catalog;
import cspec.core.syntax.Contract;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;

/**
 * A contract ready for the procurement outputs: its text, its tree (free of syntax errors), the
 * catalog its clauses come from, and where it lives.
 *
 * @param path the file, or null for an editor buffer that was never saved
 * @param shown how messages name it
 */
public record LoadedContract(Path path, String shown, SourceText source, Contract contract, Catalog catalog,
        Workspace workspace) {
}
