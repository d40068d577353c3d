package cspec.core.catalog;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.SpecFile;
import cspec.core.text.Similarity;
import cspec.core.text.Span;
import cspec.core.workspace.Workspace;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A contract's {@code uses "path"} lines: each must name, relative to the contract's folder, a
 * library or profile file inside the workspace. A path that leads out of it (through {@code ..}
 * or a symbolic link) is {@code outside-workspace}, and is not read; anything else wrong is
 * {@code bad-uses-path} on the path string, with a did-you-mean among the workspace's .cspec
 * files when one is close.
 */
final class UsesPaths {
    private final Workspace workspace;
    private final Path contractFile;
    private final WorkspaceDocuments documents;
    private final List<Path> resolved = new ArrayList<>();

    UsesPaths(Workspace workspace, Path contractFile, WorkspaceDocuments documents) {
        this.workspace = workspace;
        this.contractFile = contractFile;
        this.documents = documents;
    }

    /** The normalised paths of the uses lines that named a library or profile. */
    List<Path> resolved() {
        return resolved;
    }

    void load(HeaderField.Uses uses, Consumer<Diagnostic> report) {
        String written = uses.path().value();
        Span span = uses.path().span();
        Path base = contractFile != null ? contractFile.toAbsolutePath().getParent() : workspace.root();
        if (written.isBlank()) {
            report.accept(bad(span, "This `uses` line names no file: write the path of a library or profile file, relative to this contract, as in `uses \"clauses/our-clauses.cspec\"`."));
            return;
        }
        if (base == null || workspace.root() == null) {
            report.accept(bad(span, "cspec cannot read `" + written + "` because this contract is not in a workspace: "
                    + "save it in a folder that holds a cspec.json, or open its folder in the editor."));
            return;
        }
        Path target;
        try {
            target = WorkspaceDocuments.normal(base.resolve(written));
        } catch (InvalidPathException e) {
            report.accept(bad(span, "`" + written + "` is not a valid file path: write the path of a library or profile file relative to this contract."));
            return;
        }
        Optional<Path> outside = workspace.outside(target);
        if (outside.isPresent()) {
            report.accept(Diagnostic.of(Rule.OUTSIDE_WORKSPACE, span, "`" + written + "` leads to " + outside.get()
                    + ", outside the workspace (" + workspace.root() + "), and cspec reads nothing outside it: "
                    + "copy the file into the workspace and name that copy."));
            return;
        }
        if (documents.isSelf(target)) {
            report.accept(bad(span, "`" + written + "` is this contract itself: `uses` names a library or profile file."));
            return;
        }
        Optional<SpecFile> file = documents.read(target);
        if (file.isEmpty()) {
            report.accept(missing(uses, written, base));
            return;
        }
        if (!WorkspaceDocuments.isCatalogDocument(file.get().document())) {
            report.accept(bad(span, "`" + written + "` holds " + describe(file.get())
                    + ", not a library or profile: `uses` names a file that starts with `library` or `profile`."));
            return;
        }
        resolved.add(target);
        documents.add(target, file.get(), WorkspaceDocuments.Origin.USES);
    }

    private Diagnostic missing(HeaderField.Uses uses, String written, Path base) {
        List<String> candidates = new ArrayList<>();
        for (Path p : workspace.files().specFiles(workspace.root())) {
            if (!documents.isSelf(p)) {
                candidates.add(base.relativize(WorkspaceDocuments.normal(p)).toString().replace('\\', '/'));
            }
        }
        Optional<String> closest = Similarity.closest(written, candidates);
        String message = "`" + written + "` does not exist in the workspace: write the path of a library or profile file relative to this contract."
                + closest.map(c -> " Did you mean `" + c + "`?").orElse("");
        Diagnostic d = bad(uses.path().span(), message);
        if (closest.isPresent()) {
            Span inside = new Span(uses.path().span().start() + 1, Math.max(uses.path().span().start() + 1, uses.path().span().end() - 1));
            d = d.withFix(Fix.safe("Change to `" + closest.get() + "`", new TextEdit(inside, closest.get())));
        }
        return d;
    }

    private static String describe(SpecFile file) {
        if (file.document() == null) {
            return "no document cspec recognises";
        }
        return "a " + file.document().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static Diagnostic bad(Span span, String message) {
        return Diagnostic.of(Rule.BAD_USES_PATH, span, message);
    }
}
