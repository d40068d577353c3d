package cspec.procurement;

import cspec.core.catalog.CatalogResolver;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.Contract;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
import cspec.files.DiskFiles;
import cspec.files.LoadedSpec;
import java.nio.file.Path;

/**
 * Loads the contract a command names. A file that is not a contract, or has syntax errors, is
 * refused with the first error's line: a matrix or a rendering of a half-read contract would
 * silently miss requirements.
 */
public final class Contracts {
    private static final DiskFiles DISK = new DiskFiles();

    private Contracts() {
    }

    /** The contract at file, in the workspace around it (the nearest cspec.json, else cwd). */
    public static LoadedContract load(Path file, String shown, Path cwd) {
        Workspace workspace = new WorkspaceLocator(DISK).locate(file, cwd);
        // An unreadable file, or one whose real path lies outside the workspace, comes back as its problem.
        LoadedSpec spec = DISK.loadSpec(file, shown, workspace.root());
        if (spec.problem() != null) {
            throw new InputProblem(shown + ": " + spec.problem().message());
        }
        return of(spec.source(), file, shown, workspace);
    }

    /** A contract from text already in memory (an editor buffer), at path in workspace. */
    public static LoadedContract of(SourceText source, Path path, String shown, Workspace workspace) {
        SpecFile parsed = SpecParser.parse(source);
        if (!parsed.syntaxErrors().isEmpty()) {
            Diagnostic first = parsed.syntaxErrors().get(0);
            int line = source.lines().lineOf(first.span().start()) + 1;
            throw new InputProblem(shown + ":" + line + ": " + first.message() + " Fix the syntax errors first ("
                    + parsed.syntaxErrors().size() + " in all; `cspec lint " + shown + "` lists them).");
        }
        if (!(parsed.document() instanceof Contract contract)) {
            throw new InputProblem(shown + " is not a contract (it holds no `contract \"Title\" { ... }` header).");
        }
        return new LoadedContract(path, shown, source, contract,
                CatalogResolver.resolve(parsed, path, workspace).catalog(), workspace);
    }
}
