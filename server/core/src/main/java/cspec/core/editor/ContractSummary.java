package cspec.core.editor;

import cspec.core.AnalysisResult;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Modality;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Requirement;
import cspec.core.text.Span;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The counts an evaluator wants at a glance, shown above the contract header: mandatory
 * requirements, rated ones with their total weight, future commitments, errors and warnings.
 */
public record ContractSummary(Span header, int mandatory, int rated, BigDecimal totalWeight, int future,
        int errors, int warnings) {

    public static Optional<ContractSummary> of(AnalysisResult analysis) {
        if (!(analysis.file().document() instanceof Contract contract)) {
            return Optional.empty();
        }
        int mandatory = 0;
        int rated = 0;
        int future = 0;
        BigDecimal weight = BigDecimal.ZERO;
        for (Outline.Placed<Requirement> placed : Outline.of(contract).requirements()) {
            Requirement r = placed.item();
            if (r.modality() == Modality.MUST) {
                mandatory++;
            } else if (r.modality() == Modality.WILL) {
                future++;
            } else {
                rated++;
                weight = weight.add(r.weight().map(Requirement.Attribute.Weight::value).orElse(BigDecimal.ZERO));
            }
        }
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : analysis.diagnostics()) {
            errors += d.severity() == Severity.ERROR ? 1 : 0;
            warnings += d.severity() == Severity.WARNING ? 1 : 0;
        }
        return Optional.of(new ContractSummary(contract.span(), mandatory, rated, weight, future, errors, warnings));
    }

    /** "12 mandatory · 5 rated (weight 40) · 2 future · 1 error, 3 warnings". */
    public String text() {
        return mandatory + " mandatory · " + rated + " rated (weight " + totalWeight.stripTrailingZeros().toPlainString()
                + ") · " + future + " future · " + plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
