package cspec.app.procurement;

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
            + "the draft's header says `will means must`. Also the default when the draft's workspace has "
            + "\"willMeansMust\": true in cspec.json. Otherwise a \"will\" sentence is a dated commitment.")
    boolean willMeansMust;

    @Option(names = "--overwrite", description = "Replace the draft and the report if they exist.")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The work is in Actions, so that parsing this command's options loads nothing of procurement.
        return Run.guarded(spec, () -> Actions.importTender(spec, file, draft, report, willMeansMust, overwrite));
    }
}
