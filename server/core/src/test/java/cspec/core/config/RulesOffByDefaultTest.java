package cspec.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules that were right too rarely on real contracts report nothing by default
 * (docs/accuracy.md), and cspec.json turns each one on.
 */
class RulesOffByDefaultTest {
    private static final List<String> OFF = List.of("comparative", "illustrative-list", "no-responsible-party",
            "passive-no-agent", "vague-pronoun");

    @Test
    void exactlyTheMeasuredRulesAreOffByDefault() {
        List<String> off = RuleRegistry.builtIn().all().stream().filter(r -> !r.onByDefault()).map(Rule::id).sorted().toList();
        assertEquals(OFF, off);
        for (String id : OFF) {
            Rule rule = RuleRegistry.builtIn().byId(id).orElseThrow();
            assertEquals(Optional.empty(), Config.DEFAULT.severityOf(rule, rule.defaultSeverity()), id);
        }
        Rule vagueTime = RuleRegistry.builtIn().byId("vague-time").orElseThrow();
        assertEquals(Optional.of(Severity.HINT), Config.DEFAULT.severityOf(vagueTime, Severity.HINT));
    }

    @Test
    void cspecJsonTurnsARuleOn() {
        Config config = ConfigLoader.parse(Path.of("cspec.json"), "{\"rules\": {\"passive-no-agent\": \"hint\", \"comparative\": \"warning\"}}");
        assertEquals(List.of(), config.problems());
        Rule passive = RuleRegistry.builtIn().byId("passive-no-agent").orElseThrow();
        Rule comparative = RuleRegistry.builtIn().byId("comparative").orElseThrow();
        assertEquals(Optional.of(Severity.HINT), config.severityOf(passive, Severity.HINT));
        assertEquals(Optional.of(Severity.WARNING), config.severityOf(comparative, Severity.HINT));
    }

    @Test
    void aCheckSkipsARuleExactlyWhenTheAnalyserWouldDropItsFindings() {
        Config turned = ConfigLoader.parse(Path.of("cspec.json"), "{\"rules\": {\"vague-pronoun\": \"hint\", \"vague-time\": \"off\"}}");
        assertEquals(List.of(), turned.problems());
        for (Config config : List.of(Config.DEFAULT, turned)) {
            for (Rule rule : RuleRegistry.builtIn().all()) {
                assertEquals(config.severityOf(rule, rule.defaultSeverity()).isPresent(), config.reports(rule), rule.id());
            }
        }
        assertEquals(true, turned.reports(RuleRegistry.builtIn().byId("vague-pronoun").orElseThrow()));
        assertEquals(false, turned.reports(RuleRegistry.builtIn().byId("vague-time").orElseThrow()));
    }
}
