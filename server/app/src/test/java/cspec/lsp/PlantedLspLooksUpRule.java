package cspec.lsp;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RuleRegistry;

/** Planted violation (see PlantedViolationsTest): looking a finding's rule up again by its ID. */
public final class PlantedLspLooksUpRule {
    static boolean known(Diagnostic d) {
        return RuleRegistry.builtIn().byId(d.ruleId()).isPresent();
    }
}
