package cspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.catalog.Builtins;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.CatalogResolver;
import cspec.core.check.CheckContext;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.Severity;
import cspec.core.profile.ProfileExpectationsCheck;
import cspec.core.syntax.Modality;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.wording.Finding;
import cspec.core.wording.TermLists;
import cspec.core.wording.Vocabulary;
import cspec.core.wording.WordingContext;
import cspec.core.wording.WordingEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A built-in profile and a wording rule with a term list are data: each test here reads one
 * that exists only in the test resources ({@code data-only/}), in the same shape as the shipped
 * files, and cspec uses it with no Java written for it.
 */
class DataOnlyAdditionsTest {
    private static final ClassLoader LOADER = DataOnlyAdditionsTest.class.getClassLoader();

    @Test
    void aBuiltInProfileFromItsIndexAloneIsCheckedLikeTheShippedOnes() {
        List<Builtins.Document> builtins = Builtins.load(LOADER, "data-only/builtin/");
        assertEquals(List.of("pentest-services"), builtins.stream().map(Builtins.Document::id).toList());
        Catalog catalog = CatalogResolver.catalogOf(builtins);
        assertTrue(catalog.profile("pentest-services").isPresent());

        SourceText text = new SourceText("test.cspec", """
                contract "Penetration test" {
                    client "Example Corp"
                    provider "Red Team Ltd"
                    profile pentest-services
                }
                section scope "Scope" {
                    must SC-1: The Provider must test the addresses listed in Annex A.
                }
                """);
        List<Diagnostic> found = new ArrayList<>();
        new ProfileExpectationsCheck().run(CheckContext.of(SpecParser.parse(text), Config.DEFAULT, catalog), found::add);
        assertEquals(List.of("missing-section rules-of-engagement"),
                found.stream().map(d -> d.ruleId() + " " + d.subject().orElse("")).toList());
    }

    @Test
    void aWordingRuleFromItsTermListAloneIsListedAndMatchesItsPhrases() {
        RuleRegistry rules = RuleRegistry.load(LOADER, "data-only/terms/");
        Rule hedge = rules.byId("hedge-word").orElseThrow();
        assertEquals(Severity.INFORMATION, hedge.defaultSeverity());
        assertEquals(Rule.Area.WORDING, hedge.area());
        assertTrue(rules.withTermLists().contains(hedge) && rules.all().contains(Rule.SYNTAX));

        WordingEngine engine = new WordingEngine(TermLists.of(rules, LOADER));
        String sentence = "The Provider must arguably report each incident within 4 hours.";
        List<Finding> findings = engine.analyze(sentence, 0,
                WordingContext.requirement(Modality.MUST, null, Vocabulary.clientAndProvider())).findings();
        List<Finding> hedges = findings.stream().filter(f -> f.rule() == hedge).toList();
        assertEquals(1, hedges.size(), findings.toString());
        assertEquals("arguably", sentence.substring(hedges.get(0).span().start(), hedges.get(0).span().end()));
        assertEquals("`arguably` hedges: It commits to nothing. Instead: state the commitment plainly.",
                hedges.get(0).message());
    }
}
