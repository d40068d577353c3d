package cspec.core.editor;

import org.eclipse.lsp4j.Position;

/** Planted violation (see PlantedViolationsTest): core using LSP4J. */
public final class PlantedEditorUsesLsp4j {
    Position position;
}
