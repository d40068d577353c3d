package cspec.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.Position;
import cspec.core.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static Config parse(String json) {
        return ConfigLoader.parse(Path.of("cspec.json"), json);
    }

    /** "rule line:column text" for each problem, with 1-based positions and the flagged text. */
    private static List<String> problems(String json) {
        SourceText source = SourceText.of(json);
        return parse(json).problems().stream().map(d -> describe(source, d)).toList();
    }

    private static String describe(SourceText source, Diagnostic d) {
        Position p = source.lines().position(d.span().start());
        return d.ruleId() + " " + (p.line() + 1) + ":" + (p.column() + 1) + " " + source.slice(d.span());
    }

    @Test
    void readsEverySetting() {
        Config config = parse("""
                {
                  "profile": "soc-services",
                  "rules": {"wordy": "off", "vague-term": "error", "archaic": "hint"},
                  "terms": {"vague-term": ["fit for purpose", "suitable"]},
                  "libraries": ["lib/clauses.cspec"],
                  "profiles": ["profiles/mdr.cspec"],
                  "exclude": ["drafts/**", "*.old.cspec"]
                }
                """);
        assertEquals(List.of(), config.problems());
        assertEquals("soc-services", config.defaultProfile());
        assertEquals(Optional.empty(), config.severityOf(Rule.WORDY, Severity.HINT));
        assertEquals(Optional.of(Severity.ERROR), config.severityOf(Rule.VAGUE_TERM, Severity.WARNING));
        assertEquals(Optional.of(Severity.HINT), config.severityOf(rule("archaic"), Severity.INFORMATION));
        assertEquals(Optional.of(Severity.WARNING), config.severityOf(rule("loophole"), Severity.WARNING));
        assertEquals(List.of("fit for purpose", "suitable"), config.extraTerms(Rule.VAGUE_TERM));
        assertEquals(List.of("lib/clauses.cspec"), config.libraries());
        assertEquals(List.of("profiles/mdr.cspec"), config.profiles());
        assertEquals(List.of("drafts/**", "*.old.cspec"), config.exclude());
    }

    @Test
    void emptyObjectIsTheDefault() {
        Config config = parse("{}");
        assertEquals(List.of(), config.problems());
        assertNull(config.defaultProfile());
        assertTrue(config.ruleSeverities().isEmpty());
    }

    @Test
    void unknownKeyIsReportedAtTheKeyWithASuggestion() {
        String json = "{\n  \"rules\": {},\n  \"exlude\": [\"a\"]\n}\n";
        assertEquals(List.of("syntax 3:3 \"exlude\""), problems(json));
        Diagnostic d = parse(json).problems().get(0);
        assertTrue(d.message().contains("`exclude`"), d.message());
        assertEquals(List.of(new TextEdit(new cspec.core.text.Span(20, 26), "exclude")), d.fixes().get(0).edits());
    }

    @Test
    void unknownRuleIsItsOwnRuleAndTheRestStillApplies() {
        String json = "{\"rules\": {\n  \"vague-trem\": \"off\",\n  \"wordy\": \"off\"\n}}";
        assertEquals(List.of("unknown-rule 2:3 \"vague-trem\""), problems(json));
        Config config = parse(json);
        assertTrue(config.problems().get(0).message().contains("`vague-term`"));
        assertEquals(Optional.empty(), config.severityOf(Rule.WORDY, Severity.HINT));
    }

    @Test
    void badSeverityWordIsAnErrorAtTheValue() {
        String json = "{\"rules\": {\n  \"wordy\": \"eror\"\n}}";
        assertEquals(List.of("syntax 2:12 \"eror\""), problems(json));
        assertTrue(parse(json).problems().get(0).message().contains("`error`"));
        assertEquals(Optional.of(Severity.HINT), parse(json).severityOf(Rule.WORDY, Severity.HINT));
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        String json = """
                {
                  "profile": 3,
                  "rules": ["wordy"],
                  "exclude": "drafts",
                  "libraries": [true, "lib.cspec"],
                  "terms": {"vague-term": "suitable"}
                }
                """;
        assertEquals(List.of(
                "syntax 2:14 3",
                "syntax 3:12 [",
                "syntax 4:14 \"drafts\"",
                "syntax 5:17 true",
                "syntax 6:27 \"suitable\""), problems(json));
        assertEquals(List.of("lib.cspec"), parse(json).libraries());
    }

    @Test
    void badGlobAndBadProfileIdAreErrors() {
        String json = "{\"exclude\": [\"drafts/[a\", \"ok/**\"], \"profile\": \"soc services\"}";
        assertEquals(List.of("syntax 1:14 \"drafts/[a\"", "syntax 1:48 \"soc services\""), problems(json));
        assertEquals(List.of("ok/**"), parse(json).exclude());
    }

    @Test
    void termsOnlyForRulesWithATermList() {
        String json = "{\"terms\": {\"sla-empty\": [\"x\"], \"vague-pronoun\": [\"it\"], \"loophole\": [\"if feasible\"]}}";
        assertEquals(List.of("syntax 1:12 \"sla-empty\"", "syntax 1:32 \"vague-pronoun\""), problems(json));
        assertEquals(List.of("if feasible"), parse(json).extraTerms(rule("loophole")));
    }

    @Test
    void duplicateKeysAreReported() {
        String json = "{\"profile\": \"a\",\n \"profile\": \"b\"}";
        assertEquals(List.of("syntax 2:2 \"profile\""), problems(json));
        assertEquals("a", parse(json).defaultProfile());
    }

    @Test
    void malformedJsonIsOneErrorWithItsLine() {
        List<String> found = problems("{\n  \"rules\": {\"wordy\": \"off\",}\n}\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("syntax 2:"), found.toString());
    }

    @Test
    void trailingCommentIsMalformed() {
        List<String> found = problems("{}\n// note\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("syntax 2:"), found.toString());
    }

    @Test
    void truncatedFileSaysSo() {
        Config config = parse("{\"rules\": {\"wordy\": \"off\"");
        assertEquals(1, config.problems().size());
        assertEquals(Rule.SYNTAX.id(), config.problems().get(0).ruleId());
    }

    @Test
    void notAnObjectAtAll() {
        assertEquals(List.of("syntax 1:1 ["), problems("[1, 2]"));
        assertEquals(1, problems("").size());
    }

    @Test
    void byteOrderMarkKeepsColumns() {
        List<String> found = problems("\uFEFF{\"bogus\": 1}");
        assertEquals(List.of("syntax 1:2 \"bogus\""), found);
    }

    /** A rule defined only in the term-list data, which has no constant in code. */
    private static Rule rule(String id) {
        return RuleRegistry.builtIn().byId(id).orElseThrow();
    }
}
