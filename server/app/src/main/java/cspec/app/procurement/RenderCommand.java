package cspec.app.procurement;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cspec render FILE --to html|markdown|docx}: the contract as a readable document. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the contract as a readable document: title block, numbered sections, definitions, "
                + "each requirement with its ID, source reference and marker, SLA tables, clauses with their "
                + "library wording, and a summary.",
            "Written next to the contract as NAME.html, NAME.md or NAME.docx unless --output says otherwise "
                + "(--output - prints HTML or Markdown); an existing file is never replaced without --overwrite."})
public final class RenderCommand implements Callable<Integer> {
    enum To { html, markdown, docx }

    @Parameters(index = "0", paramLabel = "FILE", description = "The contract (.cspec).")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "html, markdown or docx.")
    To to;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Where to write the document.")
    String output;

    @Option(names = "--overwrite", description = "Replace the output file if it exists.")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The work is in Actions, so that parsing this command's options loads nothing of procurement.
        return Run.guarded(spec, () -> Actions.render(spec, file, to.name(), output, overwrite));
    }
}
