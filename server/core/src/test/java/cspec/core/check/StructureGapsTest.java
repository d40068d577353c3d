package cspec.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.Analyzer;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An empty file, a repeated requirement attribute and a profile asking twice: what is found and what the fixes do. */
class StructureGapsTest {
    private static List<Diagnostic> lint(String text) {
        return Analyzer.analyze(SourceText.of(text), null, Workspace.standalone()).diagnostics();
    }

    private static String apply(String text, Fix fix) {
        return cspec.core.diagnostic.FixApplier.applyEdits(text, fix.edits());
    }

    @Test
    void anEmptyOrCommentOnlyFileIsASyntaxError() {
        for (String text : List.of("", "\n\n", "// Draft: to be written.\n// Nothing yet.\n", "   \r\n  // x")) {
            List<Diagnostic> found = lint(text);
            assertEquals(1, found.size(), found::toString);
            assertEquals("syntax", found.get(0).ruleId());
            assertEquals(NoDocument.MESSAGE, found.get(0).message());
            String fixed = apply(text, found.get(0).fixes().get(0));
            assertTrue(fixed.startsWith(text), "the fix keeps what was written");
            assertEquals(List.of(), lint(fixed).stream().filter(d -> d.ruleId().equals("syntax")).toList(), fixed);
        }
    }

    @Test
    void aFileWithAnotherSyntaxErrorGetsOnlyThatOne() {
        List<Diagnostic> found = lint("contrct \"T\" {\n}\n");
        assertTrue(found.stream().noneMatch(d -> d.message().equals(NoDocument.MESSAGE)), found::toString);
    }

    @Test
    void removingARepeatedAttributeKeepsTheFirst() {
        String text = "contract \"T\" {\n}\nsection s \"S\" {\n    should A-1 (weight 1.5, weight 2): The Provider should log.\n}\n";
        Diagnostic d = lint(text).stream().filter(x -> x.ruleId().equals("duplicate-field")).findFirst().orElseThrow();
        assertTrue(d.message().contains("already has `weight 1.5`"), d.message());
        String fixed = apply(text, d.fixes().get(0));
        assertTrue(fixed.contains("should A-1 (weight 1.5): The Provider"), fixed);
        assertTrue(lint(fixed).stream().noneMatch(x -> x.ruleId().equals("duplicate-field")), fixed);
    }

    @Test
    void removingAProfilesRepeatDropsItsLineAndAGuidedRepeatHasNoRemovalFix() {
        String text = "profile p \"P\" {\n    requires section scope \"Scope\"\n    recommends sla\n    recommends sla\n"
                + "    recommends section scope \"Scope\": Guidance worth keeping.\n}\n";
        List<Diagnostic> repeats = lint(text).stream().filter(x -> x.ruleId().equals("duplicate-id")).toList();
        assertEquals(2, repeats.size(), repeats::toString);
        Diagnostic sla = repeats.get(0);
        assertTrue(sla.message().contains("already recommends an SLA on line 3"), sla.message());
        assertEquals("profile p \"P\" {\n    requires section scope \"Scope\"\n    recommends sla\n"
                + "    recommends section scope \"Scope\": Guidance worth keeping.\n}\n", apply(text, sla.fixes().get(0)));
        Diagnostic scope = repeats.get(1);
        assertTrue(scope.message().contains("requires section `scope` on line 2 and recommends it here"), scope.message());
        assertTrue(scope.fixes().stream().noneMatch(f -> f.title().startsWith("Remove")), "its guidance would be lost");
    }
}
