package cspec.core;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.catalog.Catalog;
import cspec.core.syntax.SpecFile;
import java.util.List;

/**
 * Everything one analysis found: the parsed file, the catalog it saw, the findings to show
 * (configured severities, sorted by position) and the findings a suppression comment silenced
 * (SARIF reports those as suppressed rather than dropping them).
 */
public record AnalysisResult(SpecFile file, Catalog catalog, List<Diagnostic> diagnostics, List<Diagnostic> suppressed) {
    public AnalysisResult {
        diagnostics = List.copyOf(diagnostics);
        suppressed = List.copyOf(suppressed);
    }
}
