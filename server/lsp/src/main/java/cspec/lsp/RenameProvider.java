package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.editor.Renaming;
import cspec.core.text.SourceText;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.WorkspaceEdit;

/** prepareRename and rename; a refusal answers with an error whose message says why. */
final class RenameProvider {
    private RenameProvider() {
    }

    static PrepareRenameResult prepare(Analysis analysed, Position position) {
        SourceText source = analysed.document().text();
        Renaming.Target target = Renaming.prepare(analysed.index(), Convert.offset(source, position));
        if (target.refused()) {
            throw Requests.refused(target.refusal());
        }
        return new PrepareRenameResult(Convert.range(source, target.span()), target.name().text());
    }

    static WorkspaceEdit rename(Analysis analysed, Position position, String newName) {
        SourceText source = analysed.document().text();
        Renaming.Outcome outcome = Renaming.rename(analysed.index(), Convert.offset(source, position), newName);
        if (outcome.refused()) {
            throw Requests.refused(outcome.refusal());
        }
        return new WorkspaceEdit(Map.of(analysed.document().uri(), Convert.edits(source, outcome.edits())));
    }
}
