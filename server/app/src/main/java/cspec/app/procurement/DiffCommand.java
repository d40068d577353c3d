package cspec.app.procurement;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cspec diff OLD NEW}: what changed in obligations, by requirement ID. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed in obligations between two versions of a contract, by requirement ID: added, "
                + "removed, renamed, reworded, modality changed (a must weakened to a should is called out), weight and "
                + "date changed, SLA figures, clauses against their library, and the header.",
            "Exit 0 whether or not anything changed; 2 when a file cannot be read or has syntax errors."})
public final class DiffCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version (.cspec).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version (.cspec).")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, markdown or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The work is in Actions, so that parsing this command's options loads nothing of procurement.
        return Run.guarded(spec, () -> Actions.diff(spec, before, after, format.name()));
    }
}
