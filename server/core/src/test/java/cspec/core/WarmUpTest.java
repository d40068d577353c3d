package cspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The warm-up contract loads what real contracts need only if it is one: it parses cleanly and
 * reaches the wording, definitions, reference and SLA checks, without naming a profile or clause.
 */
class WarmUpTest {
    @Test
    void theWarmUpContractParsesCleanlyAndReachesTheMainChecks() {
        AnalysisResult result = Analyzer.analyze(new SourceText("warm-up.cspec", WarmUp.CONTRACT), null, Workspace.standalone());
        List<Diagnostic> found = result.diagnostics();
        assertEquals(List.of(), result.file().syntaxErrors());
        Set<String> rules = found.stream().map(Diagnostic::ruleId).collect(Collectors.toSet());
        assertTrue(rules.containsAll(Set.of("vague-time", "loophole", "unused-definition", "missing-weight", "sla-no-remedy")), rules.toString());
        WarmUp.run();
    }
}
