package cspec.app.procurement;

import cspec.core.ExitCodes;
import cspec.procurement.Outputs;
import cspec.procurement.tender.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cspec import FILE --to DRAFT.cspec}: a Word, PDF, Markdown or text tender as a draft contract. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a tender (Word .docx, PDF, Markdown or plain text) as a draft contract: headings become "
                + "sections, sentences with shall/must/will/should/may become requirements of that modality, \"Describe "
                + "...\" becomes a question to bidders, \"X\" means ... a definition, bullets lists, and the source's "
                + "numbering each item's (ref).",
            "Page headers, footers and page numbers are dropped; the report (DRAFT.import.txt unless --report says "
                + "otherwise) lists them and whatever could not be mapped, with its place in the source. Neither file "
                + "is replaced without --overwrite."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The tender to import.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "DRAFT.cspec", description = "The draft contract to write.")
    Path draft;

    @Option(names = "--report", paramLabel = "PATH", description = "Where to write the import report.")
    Path report;

    @Option(names = "--will-means-must", description = "Read prose \"will\" as an obligation (as US tenders write it); "
            + "the draft's header says `will means must`. Without it, a \"will\" sentence is a dated commitment.")
    boolean willMeansMust;

    @Option(names = "--overwrite", description = "Replace the draft and the report if they exist.")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return Run.guarded(spec, () -> {
            Path reportPath = report != null ? report : Outputs.besideContract(draft, ".import.txt");
            String reportName = reportPath.getFileName() == null ? reportPath.toString() : reportPath.getFileName().toString();
            Importer.Result result = Importer.importFile(file, Run.shown(file), willMeansMust, draft.toString(), reportName);
            String reportText = result.report().text(file.toString(), result.format(), draft.toString(), result.counts());
            Outputs.write(draft, result.draft().getBytes(StandardCharsets.UTF_8), overwrite, draft.toString());
            Outputs.write(reportPath, reportText.getBytes(StandardCharsets.UTF_8), overwrite, reportPath.toString());
            spec.commandLine().getOut().println("Wrote " + draft + " and " + reportPath + ": " + result.counts() + " Dropped "
                    + result.report().dropped().size() + " lines of page furniture; " + result.report().unmapped().size()
                    + " pieces could not be mapped (listed in the report).");
            return result.report().draftProblems().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        });
    }
}
