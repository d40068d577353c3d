package cspec.lsp;

import com.google.gson.JsonObject;
import cspec.core.editor.ContractSummary;
import cspec.core.text.Span;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/**
 * One lens on the contract header: mandatory, rated (with total weight) and future requirement
 * counts, errors and warnings. Its command carries the full counts (by modality and by severity)
 * for a client that shows them when the lens is clicked; the title alone informs the others.
 */
final class CodeLensProvider {
    static final String SUMMARY_COMMAND = "cspec.summary";

    private CodeLensProvider() {
    }

    static List<CodeLens> lenses(Analyses.Analysed analysed) {
        return ContractSummary.of(analysed.result)
                .map(s -> List.of(new CodeLens(Convert.range(analysed.document.text(), Span.at(s.header().start())),
                        new Command(s.text(), SUMMARY_COMMAND, List.of(counts(analysed.document.uri(), s))), null)))
                .orElse(List.of());
    }

    /** {uri, requirements: {must, should, may, will}, totalWeight, findings: {error, warning, information, hint}}. */
    static JsonObject counts(String uri, ContractSummary summary) {
        JsonObject requirements = new JsonObject();
        requirements.addProperty("must", summary.mandatory());
        requirements.addProperty("should", summary.rated());
        requirements.addProperty("may", summary.optional());
        requirements.addProperty("will", summary.future());
        JsonObject findings = new JsonObject();
        findings.addProperty("error", summary.errors());
        findings.addProperty("warning", summary.warnings());
        findings.addProperty("information", summary.information());
        findings.addProperty("hint", summary.hints());
        JsonObject counts = new JsonObject();
        counts.addProperty("uri", uri);
        counts.add("requirements", requirements);
        counts.addProperty("totalWeight", summary.totalWeight().stripTrailingZeros().toPlainString());
        counts.add("findings", findings);
        return counts;
    }
}
