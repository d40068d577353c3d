package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.editor.ContractSummary;
import cspec.core.text.Span;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/**
 * One lens on the contract header: mandatory, rated (with total weight) and future requirement
 * counts, errors and warnings. Its command does nothing; the title is the information.
 */
final class CodeLensProvider {
    static final String SUMMARY_COMMAND = "cspec.summary";

    private CodeLensProvider() {
    }

    static List<CodeLens> lenses(Analysis analysed) {
        return ContractSummary.of(analysed.result())
                .map(s -> List.of(new CodeLens(Convert.range(analysed.document().text(), Span.at(s.header().start())),
                        new Command(s.text(), SUMMARY_COMMAND), null)))
                .orElse(List.of());
    }
}
