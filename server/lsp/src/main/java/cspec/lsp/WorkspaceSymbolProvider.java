package cspec.lsp;

import cspec.core.editor.WorkspaceSymbols;
import cspec.core.state.WorkspaceState;
import cspec.core.syntax.SpecFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * workspace/symbol across every .cspec file under the workspace folders (open documents as the
 * editor has them). The workspace state remembers each file's parse while its text is unchanged,
 * so a repeated query costs a scan.
 */
final class WorkspaceSymbolProvider {
    private static final int LIMIT = 500;

    private final WorkspaceState state;

    WorkspaceSymbolProvider(WorkspaceState state) {
        this.state = state;
    }

    List<WorkspaceSymbol> search(String query, CancelChecker cancel) {
        Set<Path> paths = new LinkedHashSet<>();
        for (Path folder : state.folders()) {
            paths.addAll(state.files().specFiles(folder));
        }
        List<WorkspaceSymbol> out = new ArrayList<>();
        for (Path path : paths) {
            cancel.checkCanceled();
            Optional<SpecFile> file = state.files().parsed(path);
            if (file.isEmpty()) {
                continue;
            }
            for (WorkspaceSymbols.Found f : WorkspaceSymbols.of(file.get())) {
                if (out.size() >= LIMIT) {
                    return out;
                }
                if (WorkspaceSymbols.matches(query == null ? "" : query, f.symbol())) {
                    Location location = new Location(Uris.of(path), Convert.range(f.source(), f.symbol().selection()));
                    out.add(new WorkspaceSymbol(f.symbol().name(), StructureProvider.kind(f.symbol().kind()),
                            Either.forLeft(location), f.container()));
                }
            }
        }
        return out;
    }
}
