package cspec.cli;

import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;

/** Planted violation (see PlantedViolationsTest): a shell applying configured severities itself. */
public final class PlantedCliAppliesSeverity {
    static boolean shown(Config config, Diagnostic d) {
        return config.severityOf(d.rule(), d.severity()).isPresent();
    }
}
