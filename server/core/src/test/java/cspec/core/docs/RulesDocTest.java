package cspec.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.RepoFiles;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/rules.md is the user's reference: every rule cspec can report has its entry and its row. */
class RulesDocTest {

    @Test
    void everyRuleHasAnEntryAndARowInDocsRules() throws Exception {
        String doc = Files.readString(RepoFiles.root().resolve("docs/rules.md"));
        List<String> missing = new ArrayList<>();
        for (Rule rule : RuleRegistry.builtIn().all()) {
            if (!doc.contains("\n### " + rule.id() + "\n")) {
                missing.add(rule.id() + " (no `### " + rule.id() + "` entry)");
            }
            if (!doc.contains("| [`" + rule.id() + "`](#" + rule.id() + ") |")) {
                missing.add(rule.id() + " (no row in the table of all rules)");
            }
        }
        assertEquals(List.of(), missing);
    }
}
