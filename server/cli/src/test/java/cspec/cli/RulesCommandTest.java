package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
    private final Path cwd = Path.of(".");

    @Test
    void listsEveryRuleWithSeverityAreaAndSummary() {
        CliRun run = CliRun.in(cwd, "rules");
        assertEquals(0, run.code());
        List<String> lines = run.out().lines().toList();
        List<Rule> rules = RuleRegistry.builtIn().all();
        assertEquals(rules.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Rule rule = rules.get(i);
            List<String> columns = List.of(lines.get(i).split("\\s{2,}", 4));
            assertEquals(List.of(rule.id(), rule.defaultSeverity().label(),
                    rule.area().name().toLowerCase(java.util.Locale.ROOT), rule.summary()), columns);
        }
    }

    @Test
    void aRuleIsExplainedOfflineFromDocsRules() {
        CliRun run = CliRun.in(cwd, "rules", "duplicate-id");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("duplicate-id (error, structure): "), run.out());
        assertTrue(run.out().contains("Bids, evaluation sheets and service reports cite requirements by ID."), run.out());
        assertTrue(!run.out().contains("### duplicate-field"), "only this rule's entry: " + run.out());
        CliRun unknown = CliRun.in(cwd, "rules", "duplicat-id");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("did you mean `duplicate-id`?"), unknown.err());
    }

    @Test
    void termsOfAnUnknownOrNonWordingRuleAreAUsageError() {
        CliRun unknown = CliRun.in(cwd, "rules", "--terms", "vague-trem");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("did you mean `vague-term`?"), unknown.err());
        CliRun structural = CliRun.in(cwd, "rules", "--terms", "syntax");
        assertEquals(2, structural.code());
        assertTrue(structural.err().contains("not a wording rule"), structural.err());
    }

    @Test
    void termsOfAWordingRuleListItsPhrasesWithReasonRewriteAndSource() {
        CliRun run = CliRun.in(cwd, "rules", "--terms", "vague-time");
        assertEquals(0, run.code());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("promptly") || l.startsWith("prompt  [")), run.out());
        assertTrue(run.out().contains("Instead: within N hours"), run.out());
        CliRun structural = CliRun.in(cwd, "rules", "--terms", "vague-pronoun");
        assertEquals(2, structural.code());
        assertTrue(structural.err().contains("sentence structure"), structural.err());
    }
}
