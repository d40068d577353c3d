package cspec.lsp;

import cspec.core.state.Analysis;
import com.google.gson.JsonObject;
import cspec.core.diagnostic.Severity;
import cspec.core.editor.ContractSummary;
import cspec.core.syntax.Modality;
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

    static List<CodeLens> lenses(Analysis analysed) {
        return ContractSummary.of(analysed.result())
                .map(s -> List.of(new CodeLens(Convert.range(analysed.document().text(), Span.at(s.header().start())),
                        new Command(s.text(), SUMMARY_COMMAND, List.of(counts(analysed.document().uri(), s))), null)))
                .orElse(List.of());
    }

    /** {uri, requirements: {must, should, may, will, option, question}, totalWeight, findings: {error, warning, information, hint}}. */
    static JsonObject counts(String uri, ContractSummary summary) {
        JsonObject requirements = new JsonObject();
        for (Modality m : Modality.values()) {
            requirements.addProperty(m.keyword(), summary.byModality().get(m));
        }
        JsonObject findings = new JsonObject();
        for (Severity s : Severity.values()) {
            findings.addProperty(s.label(), summary.bySeverity().get(s));
        }
        JsonObject counts = new JsonObject();
        counts.addProperty("uri", uri);
        counts.add("requirements", requirements);
        counts.addProperty("totalWeight", summary.totalWeight().stripTrailingZeros().toPlainString());
        counts.add("findings", findings);
        return counts;
    }
}
