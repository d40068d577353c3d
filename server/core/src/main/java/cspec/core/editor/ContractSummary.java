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
 * The counts an evaluator wants at a glance, shown above the contract header: requirements by
 * modality (must, should, may, will) with the rated ones' total weight, and findings by severity.
 */
public record ContractSummary(Span header, int mandatory, int rated, int optional, BigDecimal totalWeight, int future,
        int errors, int warnings, int information, int hints) {

    public static Optional<ContractSummary> of(AnalysisResult analysis) {
        if (!(analysis.file().document() instanceof Contract contract)) {
            return Optional.empty();
        }
        int mandatory = 0;
        int rated = 0;
        int optional = 0;
        int future = 0;
        BigDecimal weight = BigDecimal.ZERO;
        for (Outline.Placed<Requirement> placed : Outline.of(contract).requirements()) {
            Requirement r = placed.item();
            if (r.modality() == Modality.MUST) {
                mandatory++;
            } else if (r.modality() == Modality.WILL) {
                future++;
            } else {
                rated += r.modality() == Modality.SHOULD ? 1 : 0;
                optional += r.modality() == Modality.MAY ? 1 : 0;
                weight = weight.add(r.weight().map(Requirement.Attribute.Weight::value).orElse(BigDecimal.ZERO));
            }
        }
        int[] bySeverity = new int[Severity.values().length];
        for (Diagnostic d : analysis.diagnostics()) {
            bySeverity[d.severity().ordinal()]++;
        }
        return Optional.of(new ContractSummary(contract.span(), mandatory, rated, optional, weight, future,
                bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                bySeverity[Severity.INFORMATION.ordinal()], bySeverity[Severity.HINT.ordinal()]));
    }

    /** "12 mandatory · 5 rated (weight 40) · 2 future · 1 error, 3 warnings": should and may together are rated. */
    public String text() {
        return mandatory + " mandatory · " + (rated + optional) + " rated (weight " + totalWeight.stripTrailingZeros().toPlainString()
                + ") · " + future + " future · " + plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
