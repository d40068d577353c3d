package cspec.lsp;

import cspec.core.editor.WorkspaceSymbols;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.workspace.FileSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * workspace/symbol across every .cspec file under the workspace folders (open documents as the
 * editor has them). Parsed files are cached by their text, so a repeated query costs a scan.
 */
final class WorkspaceSymbolProvider {
    private static final int LIMIT = 500;

    private final Workspaces workspaces;
    private final FileSource files;
    private final Map<Path, Parsed> cache = new ConcurrentHashMap<>();

    private record Parsed(String text, List<WorkspaceSymbols.Found> symbols) {
    }

    WorkspaceSymbolProvider(Workspaces workspaces, FileSource files) {
        this.workspaces = workspaces;
        this.files = files;
    }

    List<WorkspaceSymbol> search(String query, CancelChecker cancel) {
        Set<Path> paths = new LinkedHashSet<>();
        for (Path folder : workspaces.folders()) {
            paths.addAll(files.specFiles(folder));
        }
        List<WorkspaceSymbol> out = new ArrayList<>();
        for (Path path : paths) {
            cancel.checkCanceled();
            for (WorkspaceSymbols.Found f : symbolsOf(path)) {
                if (out.size() >= LIMIT) {
                    return out;
                }
                if (WorkspaceSymbols.matches(query == null ? "" : query, f.symbol())) {
                    Location location = new Location(Uris.of(path), Convert.range(f.source(), f.symbol().selection()));
                    WorkspaceSymbol s = new WorkspaceSymbol(f.symbol().name(), StructureProvider.kind(f.symbol().kind()),
                            Either.forLeft(location), f.container());
                    out.add(s);
                }
            }
        }
        return out;
    }

    private List<WorkspaceSymbols.Found> symbolsOf(Path path) {
        String text = files.read(path).orElse("");
        Parsed cached = cache.get(path);
        if (cached != null && cached.text().equals(text)) {
            return cached.symbols();
        }
        SpecFile file = SpecParser.parse(new SourceText(path.toString(), text));
        Parsed parsed = new Parsed(text, WorkspaceSymbols.of(file));
        cache.put(path, parsed);
        return parsed.symbols();
    }
}
