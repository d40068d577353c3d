package cspec.core.wording;

import java.util.List;

/** What the engine found in one piece of prose, and the obligation verbs that document-wide rules count. */
public record WordingResult(List<Finding> findings, List<ObligationVerb> obligations) {
    public WordingResult {
        findings = List.copyOf(findings);
        obligations = List.copyOf(obligations);
    }
}
