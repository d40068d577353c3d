package cspec.app.procurement;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cspec score FILE RESPONSES...}: each bidder's result from their evaluated matrix. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score bidders from their evaluated matrices (CSV or XLSX): whether every mandatory requirement "
                + "is met, the points on rated requirements and questions, and the dated commitments.",
            "Exit 0 when every response could be scored, 1 when a response has problems (listed row by row), "
                + "2 when a file cannot be read."})
public final class ScoreCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "The contract (.cspec) the matrices answer.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "RESPONSE", description = "A bidder's evaluated matrix.")
    List<Path> responses;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The work is in Actions, so that parsing this command's options loads nothing of procurement.
        return Run.guarded(spec, () -> Actions.score(spec, file, responses, format.name()));
    }
}
