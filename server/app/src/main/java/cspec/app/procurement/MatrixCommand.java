package cspec.app.procurement;

import cspec.core.ExitCodes;
import cspec.procurement.Contracts;
import cspec.procurement.LoadedContract;
import cspec.procurement.Outputs;
import cspec.procurement.matrix.CsvMatrix;
import cspec.procurement.matrix.Matrix;
import cspec.procurement.matrix.XlsxMatrix;
import cspec.procurement.model.ContractViews;
import java.nio.charset.StandardCharsets;
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
        return Run.guarded(spec, () -> {
            LoadedContract contract = Contracts.load(file, Run.shown(file), Path.of("").toAbsolutePath());
            Matrix matrix = Matrix.of(ContractViews.of(contract));
            Path target = output != null ? output : Outputs.besideContract(file, ".matrix." + to.name());
            byte[] bytes = to == To.csv ? CsvMatrix.write(matrix).getBytes(StandardCharsets.UTF_8) : XlsxMatrix.write(matrix);
            Outputs.write(target, bytes, overwrite, target.toString());
            spec.commandLine().getOut().println("Wrote " + target + ": " + matrix.rows().size() + " rows, version "
                    + matrix.version() + ", requirements " + matrix.hash() + ".");
            return ExitCodes.OK;
        });
    }
}
