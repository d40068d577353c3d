package cspec.app.procurement;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cspec matrix FILE --to csv|xlsx}: the compliance matrix bidders fill in. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Write the compliance matrix bidders fill in: a row per requirement, option and question, with "
                + "columns for the bidder's answer and the evaluator's verdict and points.",
            "Written next to the contract as NAME.matrix.csv or NAME.matrix.xlsx unless --output says otherwise; "
                + "an existing file is never replaced without --overwrite."})
public final class MatrixCommand implements Callable<Integer> {
    enum To { csv, xlsx }

    @Parameters(index = "0", paramLabel = "FILE", description = "The contract (.cspec).")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "csv or xlsx.")
    To to;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Where to write the matrix.")
    Path output;

    @Option(names = "--overwrite", description = "Replace the output file if it exists.")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The work is in Actions, so that parsing this command's options loads nothing of procurement.
        return Run.guarded(spec, () -> Actions.matrix(spec, file, to.name(), output, overwrite));
    }
}
