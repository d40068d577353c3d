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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counts an evaluator wants at a glance, shown above the contract header: mandatory
 * requirements, rated ones with their total weight, future commitments, options the client may
 * order, questions to bidders (with their weight), errors and warnings; and, for an editor that
 * shows more on a click, the requirements by modality and the findings by severity.
 */
public record ContractSummary(Span header, int mandatory, int rated, BigDecimal totalWeight, int future,
        int options, int questions, BigDecimal questionWeight, int errors, int warnings,
        Map<Modality, Integer> byModality, Map<Severity, Integer> bySeverity) {

    public ContractSummary {
        byModality = Map.copyOf(byModality);
        bySeverity = Map.copyOf(bySeverity);
    }

    public static Optional<ContractSummary> of(AnalysisResult analysis) {
        if (!(analysis.file().document() instanceof Contract contract)) {
            return Optional.empty();
        }
        int[] counts = new int[Modality.Kind.values().length];
        Map<Modality, Integer> byModality = new EnumMap<>(Modality.class);
        for (Modality m : Modality.values()) {
            byModality.put(m, 0);
        }
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal questionWeight = BigDecimal.ZERO;
        for (Outline.Placed<Requirement> placed : Outline.of(contract).requirements()) {
            Requirement r = placed.item();
            Modality.Kind kind = r.modality().kind();
            counts[kind.ordinal()]++;
            byModality.merge(r.modality(), 1, Integer::sum);
            BigDecimal w = r.weight().map(Requirement.Attribute.Weight::value).orElse(BigDecimal.ZERO);
            if (kind == Modality.Kind.RATED) {
                weight = weight.add(w);
            } else if (kind == Modality.Kind.QUESTION) {
                questionWeight = questionWeight.add(w);
            }
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        for (Diagnostic d : analysis.diagnostics()) {
            bySeverity.merge(d.severity(), 1, Integer::sum);
        }
        return Optional.of(new ContractSummary(contract.span(), counts[Modality.Kind.MANDATORY.ordinal()],
                counts[Modality.Kind.RATED.ordinal()], weight, counts[Modality.Kind.FUTURE.ordinal()],
                counts[Modality.Kind.OPTION.ordinal()], counts[Modality.Kind.QUESTION.ordinal()], questionWeight,
                bySeverity.get(Severity.ERROR), bySeverity.get(Severity.WARNING), byModality, bySeverity));
    }

    /** "12 mandatory · 5 rated (weight 40) · 2 future · 1 error, 3 warnings"; options and questions when there are any. */
    public String text() {
        String options = this.options == 0 ? "" : " · " + plural(this.options, "option");
        String questions = this.questions == 0 ? "" : " · " + plural(this.questions, "question") + " (weight "
                + questionWeight.stripTrailingZeros().toPlainString() + ")";
        return mandatory + " mandatory · " + rated + " rated (weight " + totalWeight.stripTrailingZeros().toPlainString()
                + ") · " + future + " future" + options + questions + " · " + plural(errors, "error") + ", "
                + plural(warnings, "warning");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
