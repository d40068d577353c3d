package cspec.cli;

import cspec.core.ExitCodes;
import cspec.core.catalog.Builtins;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.CatalogResolver;
import cspec.core.config.Config;
import cspec.core.config.ConfigLoader;
import cspec.core.drafting.ContractSkeleton;
import cspec.core.syntax.SpecParser;
import cspec.core.text.Similarity;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.files.DiskFiles;
import cspec.files.SafeWriter;
import cspec.files.WriteFailure;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cspec new --profile ID FILE}: writes a contract skeleton with every section, clause and
 * SLA the profile requires, ready to fill in. The profile may be built in or one of the
 * workspace around FILE (the folder of the nearest cspec.json above it, else the current folder).
 * Never overwrites a file: exit 2 with a one-line reason.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a new contract skeleton from a profile: every required section, clause and SLA, ready to fill in.")
public final class NewCommand implements Callable<Integer> {
    private static final DiskFiles DISK = new DiskFiles();

    @Option(names = "--profile", paramLabel = "ID", completionCandidates = BuiltinProfiles.class,
            description = "The profile the contract follows (built in: ${COMPLETION-CANDIDATES}; or a workspace profile).")
    String profileId;

    @Option(names = "--list-profiles",
            description = "Print the profiles a contract at FILE (default: here) can follow, one a line: ID, a tab, the title.")
    boolean listProfiles;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The contract file to create; it must not exist.")
    Path file;

    @Spec
    CommandSpec spec;

    /** The built-in profiles' IDs, from the built-ins' index alone, for help text. */
    static final class BuiltinProfiles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Builtins.index().stream().filter(Builtins.IndexEntry::isProfile).map(Builtins.IndexEntry::id).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (listProfiles) {
            return listProfiles();
        }
        if (profileId == null || file == null) {
            err.println("cspec new: name the profile and the file, as in `cspec new --profile soc-services my-contract.cspec`"
                    + " (`cspec new --list-profiles` lists the profiles).");
            return ExitCodes.USAGE;
        }
        Path target = file.toAbsolutePath().normalize();
        if (DISK.exists(target)) {
            err.println("cspec new: " + file + " already exists; cspec never overwrites a contract, so choose another file name.");
            return ExitCodes.USAGE;
        }
        Path root = workspaceRoot(target);
        Catalog catalog = catalogAround(target, root);
        Optional<Catalog.ProfileEntry> profile = catalog.profile(profileId);
        if (profile.isEmpty()) {
            List<String> known = catalog.profiles().stream().map(p -> p.profile().id().text()).sorted().toList();
            String hint = Similarity.closest(profileId, known).map(s -> " Did you mean `" + s + "`?")
                    .orElse(" Known profiles: " + String.join(", ", known) + ".");
            err.println("cspec new: no built-in or workspace profile `" + profileId + "`." + hint);
            return ExitCodes.USAGE;
        }
        try {
            SafeWriter.disk().create(target, ContractSkeleton.write(profile.get(), catalog, root).getBytes(StandardCharsets.UTF_8),
                    false, file.toString());
        } catch (WriteFailure e) {
            err.println("cspec new: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("Wrote " + file + " from " + profile.get().describe()
                + "; fill in its [bracketed blanks] and run `cspec lint " + file + "`.");
        return ExitCodes.OK;
    }

    /** Editors offer these when creating a contract (the VS Code command "New Contract from Profile"). */
    private int listProfiles() {
        Path target = (file == null ? Path.of("new.cspec") : file).toAbsolutePath().normalize();
        PrintWriter out = spec.commandLine().getOut();
        for (Catalog.ProfileEntry entry : catalogAround(target, workspaceRoot(target)).profiles()) {
            if (entry.profile().id() != null) {
                String title = entry.profile().title() == null ? "" : entry.profile().title().value();
                out.println(entry.profile().id().text() + "\t" + title);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The catalog a contract at target would see: built-ins plus the profiles and libraries of its workspace. */
    private static Catalog catalogAround(Path target, Path root) {
        Workspace workspace = new Workspace(root, Config.DEFAULT, DISK);
        SourceText empty = new SourceText(target.toString(), "contract \"New\" {\n}\n");
        return CatalogResolver.resolve(SpecParser.parse(empty), target, workspace).catalog();
    }

    /** The folder of the nearest cspec.json above the target, else the current folder. */
    static Path workspaceRoot(Path target) {
        for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
            if (DISK.isFile(dir.resolve(ConfigLoader.FILE_NAME))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
