package cspec.core.catalog;

import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Library;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Profile;
import cspec.core.syntax.SpecFile;
import cspec.core.workspace.Workspace;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the catalog one file can see, with the problems found on the way. Precedence, highest
 * first: the contract's {@code uses} files, the {@code profiles} and {@code libraries} paths of
 * cspec.json, the other profile and library files of the workspace, then the built-ins. The
 * first definition of an ID wins, so a workspace profile or clause with a built-in's ID
 * replaces the built-in (the user's own wins); two workspace definitions of one ID that a
 * contract relies on are reported on the contract. An unedited copy of a built-in definition
 * ({@code cspec builtins --export}) is that built-in, not a second definition.
 */
public final class CatalogResolver {
    private CatalogResolver() {
    }

    /** The catalog and the diagnostics that belong to the file being analysed. */
    public record Resolution(Catalog catalog, List<Diagnostic> diagnostics) {
        public Resolution {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Resolution resolve(SpecFile file, Path filePath, Workspace workspace) {
        List<Diagnostic> problems = new ArrayList<>();
        WorkspaceDocuments documents = new WorkspaceDocuments(workspace, filePath);
        Contract contract = file.document() instanceof Contract c ? c : null;
        UsesPaths uses = new UsesPaths(workspace, filePath, documents);
        if (contract != null) {
            for (HeaderField field : contract.fields()) {
                if (field instanceof HeaderField.Uses u) {
                    uses.load(u, problems::add);
                }
            }
        }
        ResolvedCatalog catalog;
        if (workspace.root() != null) {
            loadConfigured(workspace, documents, contract, problems);
            if (contract != null && reliesOnCatalog(contract, workspace.config())) {
                // The scan's candidates hold none of these: the boundary reads nothing of them.
                List<Path> leadingOut = workspace.files().remember("links leading out", workspace.root(),
                        () -> workspace.files().specFiles(workspace.root()).stream()
                                .filter(p -> workspace.outside(p).isPresent()).toList());
                reportLinksLeadingOut(workspace, contract, leadingOut, problems);
            }
            catalog = new ResolvedCatalog(new ScanLayer(workspace, documents), id -> true);
        } else {
            catalog = new ResolvedCatalog(BuiltIn::catalog, BuiltIn::mayHoldProfile);
        }
        for (WorkspaceDocuments.Loaded loaded : documents.loaded()) {
            addWorkspaceDocument(catalog, loaded.file());
        }
        if (contract != null) {
            problems.addAll(Ambiguities.find(contract, workspace.config(), catalog, uses.resolved()));
        }
        return new Resolution(catalog, problems);
    }

    /**
     * Whether a file's text may hold a profile or library, judged by its first words: other
     * files read such a file, so an edit to it concerns them too.
     */
    public static boolean mayHoldCatalogDocument(String text) {
        return WorkspaceDocuments.mayHoldCatalogDocument(text);
    }

    /** The catalog of the built-ins alone, for commands that run outside any contract. */
    public static Catalog builtInCatalog() {
        return BuiltIn.catalog();
    }

    /**
     * The built-ins' catalog, built once on first use: every file's catalog lies over it, so a
     * batch run neither re-parses nor re-indexes them, and a contract that never looks past its
     * workspace never parses them at all.
     */
    private static final class BuiltIn {
        private static volatile ResolvedCatalog catalog;

        static ResolvedCatalog catalog() {
            ResolvedCatalog built = catalog;
            if (built == null) {
                synchronized (BuiltIn.class) {
                    if (catalog == null) {
                        catalog = builtInsOnly(Builtins.all());
                    }
                    built = catalog;
                }
            }
            return built;
        }

        /** The index names every built-in profile, so an unknown ID needs no parse to be told apart. */
        static boolean mayHoldProfile(String id) {
            return Builtins.index().stream().anyMatch(e -> e.isProfile() && e.id().equals(id));
        }
    }

    /**
     * Whether a contract looks anything up in the catalog: it follows a profile (its own line or
     * cspec.json's default) or holds a clause. One that does neither is checked without the
     * workspace's other files, so linting it never walks the workspace.
     */
    private static boolean reliesOnCatalog(Contract contract, Config config) {
        return ProfileChoice.of(contract, config.defaultProfile()).isPresent()
                || !Outline.of(contract).clauses().isEmpty();
    }

    /**
     * The workspace's other profile and library files (below the contract's uses files and
     * cspec.json's paths, above the built-ins), found by the workspace scan on the first lookup
     * that gets this far, and only then: a contract that names no profile and no clause never
     * walks the workspace, while an editor's completion can still list every profile.
     */
    private static final class ScanLayer implements Supplier<ResolvedCatalog> {
        private final Workspace workspace;
        private final WorkspaceDocuments documents;
        private ResolvedCatalog layer;

        ScanLayer(Workspace workspace, WorkspaceDocuments documents) {
            this.workspace = workspace;
            this.documents = documents;
        }

        @Override
        public synchronized ResolvedCatalog get() {
            if (layer == null) {
                int before = documents.loaded().size();
                for (Path p : WorkspaceDocuments.catalogCandidates(workspace, workspace.root())) {
                    documents.addIfCatalog(p, WorkspaceDocuments.Origin.SCAN);
                }
                ResolvedCatalog scanned = new ResolvedCatalog(BuiltIn::catalog, BuiltIn::mayHoldProfile);
                for (WorkspaceDocuments.Loaded loaded : documents.loaded().subList(before, documents.loaded().size())) {
                    addWorkspaceDocument(scanned, loaded.file());
                }
                layer = scanned;
            }
            return layer;
        }
    }

    /** The catalog of the given built-in documents alone. */
    public static Catalog catalogOf(List<Builtins.Document> builtins) {
        return builtInsOnly(builtins);
    }

    private static ResolvedCatalog builtInsOnly(List<Builtins.Document> builtins) {
        ResolvedCatalog catalog = new ResolvedCatalog();
        for (Builtins.Document builtin : builtins) {
            addDocument(catalog, builtin.parsed(), true, builtin.version());
        }
        return catalog;
    }

    /**
     * A workspace document's definitions, leaving out unedited copies of built-ins: those are the
     * built-in. The built-ins are parsed for the comparison only when a copy is possible: a profile
     * with a built-in profile's ID, or a library.
     */
    private static void addWorkspaceDocument(ResolvedCatalog catalog, SpecFile file) {
        if (file.document() instanceof Profile profile) {
            boolean copy = BuiltIn.mayHoldProfile(profile.id().text())
                    && BuiltinCopies.shipped().isCopy(profile, file.source());
            if (!copy) {
                catalog.add(new Catalog.ProfileEntry(profile, file.source(), false, null));
            }
        } else if (file.document() instanceof Library library) {
            BuiltinCopies copies = BuiltinCopies.shipped();
            for (Clause clause : library.clauses()) {
                if (!copies.isCopy(clause, file.source())) {
                    catalog.add(new Catalog.ClauseEntry(clause, library, file.source(), false, null));
                }
            }
        }
    }

    private static void addDocument(ResolvedCatalog catalog, SpecFile file, boolean builtIn, String version) {
        if (file.document() instanceof Profile profile) {
            catalog.add(new Catalog.ProfileEntry(profile, file.source(), builtIn, version));
        } else if (file.document() instanceof Library library) {
            for (Clause clause : library.clauses()) {
                catalog.add(new Catalog.ClauseEntry(clause, library, file.source(), builtIn, version));
            }
        }
    }

    /**
     * cspec.json's profiles and libraries paths, relative to the root: a file or a folder of
     * .cspec files. A path that leaves the workspace or names nothing readable is reported on
     * the contract's title, since the contract is what loses the clauses it expected.
     */
    private static void loadConfigured(Workspace workspace, WorkspaceDocuments documents, Contract contract,
            List<Diagnostic> problems) {
        Config config = workspace.config();
        List<String> paths = new ArrayList<>(config.profiles());
        paths.addAll(config.libraries());
        for (String written : paths) {
            Path target;
            try {
                target = WorkspaceDocuments.normal(workspace.root().resolve(written));
            } catch (InvalidPathException e) {
                target = null;
            }
            if (target == null) {
                reportConfigPath(contract, written, "is not a valid path", problems);
                continue;
            }
            Optional<Path> outside = workspace.outside(target);
            if (outside.isPresent()) {
                if (contract != null) {
                    problems.add(Diagnostic.of(Rule.OUTSIDE_WORKSPACE, ProfileChoice.titleSpan(contract), "The path `" + written
                            + "` in cspec.json's profiles or libraries leads to " + outside.get() + ", outside the workspace, "
                            + "and cspec reads nothing outside it: copy those files into the workspace and name the copy."));
                }
                continue;
            }
            List<Path> inFolder = workspace.files().specFiles(target);
            if (!inFolder.isEmpty()) {
                inFolder.forEach(p -> documents.addIfCatalog(p, WorkspaceDocuments.Origin.CONFIG));
            } else if (documents.read(target).isPresent()) {
                documents.addIfCatalog(target, WorkspaceDocuments.Origin.CONFIG);
            } else {
                reportConfigPath(contract, written, "names no file or folder of .cspec files", problems);
            }
        }
    }

    /**
     * The workspace scan passes over symbolic links that lead outside the workspace; a contract
     * that might have relied on what they hold is told which, since its clauses and profile
     * would otherwise just be unknown.
     */
    private static void reportLinksLeadingOut(Workspace workspace, Contract contract, List<Path> links,
            List<Diagnostic> problems) {
        if (contract == null || links.isEmpty()) {
            return;
        }
        Path root = WorkspaceDocuments.normal(workspace.root());
        List<String> names = links.stream().limit(3).map(p -> "`" + root.relativize(WorkspaceDocuments.normal(p))
                .toString().replace('\\', '/') + "`").toList();
        String more = links.size() > 3 ? " and " + (links.size() - 3) + " more" : "";
        problems.add(Diagnostic.of(Rule.OUTSIDE_WORKSPACE, ProfileChoice.titleSpan(contract), "The workspace holds "
                + String.join(", ", names) + more + (links.size() == 1 ? ", a symbolic link" : ", symbolic links")
                + " leading outside it, and cspec did not read " + (links.size() == 1 ? "it" : "them")
                + ": copy the files into the workspace instead of linking them."));
    }

    private static void reportConfigPath(Contract contract, String written, String why, List<Diagnostic> problems) {
        if (contract == null) {
            return;
        }
        problems.add(Diagnostic.of(Rule.BAD_USES_PATH, ProfileChoice.titleSpan(contract),
                "The path `" + written + "` in cspec.json's profiles or libraries " + why
                        + ": correct it there, relative to the folder of cspec.json."));
    }
}
