package cspec.cli;

import cspec.core.ExitCodes;
import cspec.core.catalog.Builtins;
import cspec.files.DiskFiles;
import cspec.files.SafeWriter;
import cspec.files.WriteFailure;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cspec builtins}: lists the built-in profiles and libraries with their versions;
 * {@code --export DIR} writes them as .cspec files users can read, copy and adapt (a copy kept
 * in the workspace replaces the built-in with the same ID once edited; an unedited copy is the
 * built-in itself, and the command says so). A file that exists with other content is left alone
 * unless {@code --force} is given.
 */
@Command(name = "builtins", mixinStandardHelpOptions = true,
        description = "List the built-in profiles and clause libraries, or export them as .cspec files.")
public final class BuiltinsCommand implements Callable<Integer> {
    private static final DiskFiles DISK = new DiskFiles();
    /** How the exported copies change what contracts see (docs/profiles.md, where profiles come from). */
    static final String RESOLUTION_NOTE = "While a copy is unedited it changes nothing: cspec reads a profile or clause"
            + " identical to a built-in as that built-in, wherever it lies. Once you edit one inside a workspace, your"
            + " version replaces the built-in with the same ID for every contract in that workspace, and messages name"
            + " your file instead of the built-in; two edited copies of one ID are a duplicate-id on the contracts that"
            + " use it, unless a `uses` line names one.";

    @Option(names = "--export", paramLabel = "DIR", description = "Write every built-in profile and library into DIR.")
    Path exportDir;

    @Option(names = "--force", description = "With --export, overwrite files that exist with other content.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (exportDir == null) {
            for (Builtins.Document d : Builtins.all()) {
                out.println(d.kind() + " " + d.id() + " " + d.version() + "  (" + d.file() + ")");
            }
            return ExitCodes.OK;
        }
        List<Path> conflicts = new ArrayList<>();
        for (Builtins.Document d : Builtins.all()) {
            Path target = exportDir.resolve(d.file());
            Optional<Path> link = DISK.isSymbolicLink(target) ? Optional.of(target) : SafeWriter.linkOnTheWay(exportDir, target);
            if (link.isPresent()) {
                spec.commandLine().getErr().println("cspec builtins: " + link.get() + " is a symbolic link, and cspec never "
                        + "writes through one; remove it or export into another folder. Nothing was written.");
                return ExitCodes.USAGE;
            }
            if (!force && DISK.exists(target) && !DISK.read(target).map(d.text()::equals).orElse(false)) {
                conflicts.add(target);
            }
        }
        if (!conflicts.isEmpty()) {
            spec.commandLine().getErr().println("cspec builtins: " + conflicts.get(0) + " exists with other content"
                    + (conflicts.size() > 1 ? " (and " + (conflicts.size() - 1) + " more)" : "")
                    + "; add --force to overwrite, or export into an empty folder.");
            return ExitCodes.USAGE;
        }
        try {
            for (Builtins.Document d : Builtins.all()) {
                Path target = exportDir.resolve(d.file());
                SafeWriter.disk().createInside(exportDir, target, d.text().getBytes(StandardCharsets.UTF_8), true, target.toString());
            }
        } catch (WriteFailure e) {
            spec.commandLine().getErr().println("cspec builtins: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("Wrote " + Builtins.all().size() + " built-in files to " + exportDir + ".");
        out.println(RESOLUTION_NOTE);
        return ExitCodes.OK;
    }
}
