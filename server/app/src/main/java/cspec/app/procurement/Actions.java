package cspec.app.procurement;

import cspec.core.ExitCodes;
import cspec.procurement.Contracts;
import cspec.procurement.LoadedContract;
import cspec.procurement.Outputs;
import cspec.procurement.diff.Change;
import cspec.procurement.diff.ContractDiff;
import cspec.procurement.diff.DiffReport;
import cspec.procurement.matrix.CsvMatrix;
import cspec.procurement.matrix.Matrix;
import cspec.procurement.matrix.Responses;
import cspec.procurement.matrix.XlsxMatrix;
import cspec.procurement.model.ContractView;
import cspec.procurement.model.ContractViews;
import cspec.procurement.render.Rendering;
import cspec.procurement.score.BidderScore;
import cspec.procurement.score.ScoreReport;
import cspec.procurement.score.Scoring;
import cspec.procurement.tender.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the procurement commands do once their options are parsed. Kept apart from the command
 * classes, which picocli loads for every command line: this class, and the procurement module
 * with it, is loaded only when one of these commands runs (LintStartupIT checks it).
 */
final class Actions {
    private Actions() {
    }

    static int importTender(CommandSpec spec, Path file, Path draft, Path report, boolean willMeansMust, boolean overwrite) {
        Path reportPath = report != null ? report : Outputs.besideContract(draft, ".import.txt");
        String reportName = reportPath.getFileName() == null ? reportPath.toString() : reportPath.getFileName().toString();
        Outputs.refuseExisting(overwrite, draft, reportPath);
        // "will" reads as the draft's workspace says (cspec.json's willMeansMust), or as the option asks.
        boolean will = willMeansMust || new cspec.core.workspace.WorkspaceLocator(new cspec.files.DiskFiles())
                .locate(draft, Path.of("").toAbsolutePath()).config().willMeansMust();
        Importer.Result result = Importer.importFile(file, Run.shown(file), will, draft.toString(), reportName);
        String reportText = result.report().text(file.toString(), result.format(), draft.toString(), result.counts());
        Outputs.write(draft, result.draft().getBytes(StandardCharsets.UTF_8), overwrite, draft.toString());
        Outputs.write(reportPath, reportText.getBytes(StandardCharsets.UTF_8), overwrite, reportPath.toString());
        spec.commandLine().getOut().println("Wrote " + draft + " and " + reportPath + ": " + result.counts() + " Dropped "
                + result.report().dropped().size() + " lines of page furniture; " + result.report().unmapped().size()
                + " pieces could not be mapped (listed in the report).");
        return result.report().draftProblems().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    static int render(CommandSpec spec, Path file, String toName, String output, boolean overwrite) {
        ContractView contract = ContractViews.of(Contracts.load(file, Run.shown(file), Path.of("").toAbsolutePath()));
        Rendering.Format format = Rendering.Format.valueOf(toName.toUpperCase(Locale.ROOT));
        byte[] bytes = Rendering.render(contract, format);
        if ("-".equals(output)) {
            if (format == Rendering.Format.DOCX) {
                throw new cspec.procurement.InputProblem("a Word document is not printed to the terminal; name a file with --output.");
            }
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Path target = output != null ? Path.of(output) : Outputs.besideContract(file, format.extension());
        Outputs.write(target, bytes, overwrite, target.toString());
        spec.commandLine().getOut().println("Wrote " + target + ".");
        return ExitCodes.OK;
    }

    static int matrix(CommandSpec spec, Path file, String toName, Path output, boolean overwrite) {
        LoadedContract contract = Contracts.load(file, Run.shown(file), Path.of("").toAbsolutePath());
        Matrix matrix = Matrix.of(ContractViews.of(contract));
        Path target = output != null ? output : Outputs.besideContract(file, ".matrix." + toName);
        byte[] bytes = toName.equals("csv") ? CsvMatrix.write(matrix).getBytes(StandardCharsets.UTF_8) : XlsxMatrix.write(matrix);
        Outputs.write(target, bytes, overwrite, target.toString());
        spec.commandLine().getOut().println("Wrote " + target + ": " + matrix.rows().size() + " rows, version "
                + matrix.version() + ", requirements " + matrix.hash() + ".");
        return ExitCodes.OK;
    }

    static int score(CommandSpec spec, Path file, List<Path> responses, String formatName) {
        ContractView contract = ContractViews.of(Contracts.load(file, Run.shown(file), Path.of("").toAbsolutePath()));
        List<BidderScore> scores = new ArrayList<>();
        for (Path response : responses) {
            scores.add(Scoring.score(contract, Responses.read(response, Run.shown(response))));
        }
        ScoreReport.Format as = ScoreReport.Format.valueOf(formatName.toUpperCase(java.util.Locale.ROOT));
        spec.commandLine().getOut().print(ScoreReport.write(as, contract, scores));
        spec.commandLine().getOut().flush();
        boolean problems = scores.stream().anyMatch(s -> !s.problems().isEmpty());
        return problems ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static int diff(CommandSpec spec, Path before, Path after, String formatName) {
        Path cwd = Path.of("").toAbsolutePath();
        ContractView old = ContractViews.of(Contracts.load(before, Run.shown(before), cwd));
        ContractView now = ContractViews.of(Contracts.load(after, Run.shown(after), cwd));
        List<Change> changes = ContractDiff.between(old, now);
        DiffReport.Format as = DiffReport.Format.valueOf(formatName.toUpperCase(Locale.ROOT));
        spec.commandLine().getOut().print(DiffReport.write(as, before.toString(), after.toString(), changes));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
