package cspec.core.profile;

import cspec.core.catalog.Builtins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.FixApplier;
import cspec.core.diagnostic.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a soc-services contract is told about missing sections, SLA and clauses, and that each fix works. */
class ProfileExpectationsTest {
    private static final Set<String> PROFILE_RULES = Set.of("missing-section", "missing-sla", "missing-clause");
    private static final String COMPLETE = Lint.resource("fixtures/missing-section/pass-soc-services-complete.cspec");

    private static List<Diagnostic> profileFindings(String text) {
        return Lint.run(text).stream().filter(d -> PROFILE_RULES.contains(d.ruleId())).toList();
    }

    /** The complete contract minus the sections whose IDs are given (their whole blocks). */
    private static String without(String... sectionIds) {
        String text = COMPLETE;
        for (String id : sectionIds) {
            int start = text.indexOf("section " + id + " ");
            int end = text.indexOf("\n}\n", start) + 3;
            text = text.substring(0, start) + text.substring(end);
        }
        return text;
    }

    @Test
    void aContractFollowingSocServicesGetsNoProfileDiagnostic() {
        assertEquals(List.of(), profileFindings(COMPLETE));
    }

    @Test
    void eachMissingItemIsReportedOnceOnTheProfileLine() {
        String text = without("scope", "service-levels", "termination");
        List<Diagnostic> errors = profileFindings(text).stream().filter(d -> d.severity() == Severity.ERROR).toList();
        List<String> what = errors.stream().map(d -> d.ruleId() + " " + d.message().split("`")[3]).sorted().toList();
        assertEquals(List.of("missing-clause data-return", "missing-clause termination-for-cause",
                "missing-clause transition-assistance", "missing-section scope", "missing-section service-levels",
                "missing-section termination", "missing-sla sla"), what.stream().map(s -> s.replace("`", "")).toList());
        int profileId = text.indexOf("profile soc-services") + "profile ".length();
        assertTrue(errors.stream().allMatch(d -> d.span().start() == profileId && d.span().end() == profileId + "soc-services".length()));
        assertTrue(errors.stream().allMatch(d -> d.message().contains("soc-services` 2.0.0")), "messages name the profile version");
        assertTrue(errors.stream().allMatch(d -> d.related().size() == 1 && d.related().get(0).document().startsWith(Builtins.NAME_PREFIX)));
    }

    /**
     * Found by fuzzing: in a file with syntax errors the place worked out for a skeleton can lie
     * inside a broken block, where it does not count, and fix-all added the same section a
     * hundred times. There the fixes are offered but not applied unasked.
     */
    @Test
    void theFixesWaitUntilTheSyntaxIsMended() {
        String broken = without("scope").replace("    must SRV-1:", "    must SRV-1 {:");

        assertTrue(profileFindings(broken).stream().flatMap(d -> d.fixes().stream()).noneMatch(Fix::safe),
                "no skeleton is added to a file whose structure did not parse");
        assertTrue(profileFindings(without("scope")).stream().flatMap(d -> d.fixes().stream()).anyMatch(Fix::safe));
    }

    /**
     * Found by fuzzing: after a `must` alone on its line, the ID on the next line and every line
     * below it, clause lines included, read as the requirement's text. The file reads cleanly,
     * but a clause inserted there would be text too, and lint --fix added it a hundred times.
     */
    @Test
    void aSkeletonThatWouldNotCountIsOfferedNotApplied() {
        String swallowed = COMPLETE.replace("section termination \"Termination and Exit\" {\n",
                "section termination \"Termination and Exit\" {\n    must\n TERM-9: The Provider must hand over every detection rule.\n");
        List<Diagnostic> found = profileFindings(swallowed);

        assertTrue(found.stream().anyMatch(d -> d.ruleId().equals("missing-clause")), "the clause lines read as text: " + found);
        assertTrue(found.stream().filter(d -> d.ruleId().equals("missing-clause")).flatMap(d -> d.fixes().stream()).noneMatch(Fix::safe));
        String fixed = FixApplier.applySafeUntilStable(swallowed, Lint.run(swallowed), Lint::run).text();
        assertEquals(1, fixed.split("clause data-return", -1).length - 1, "lint --fix adds no clause where it would not count");
    }

    @Test
    void eachFixAppliedRemovesItsDiagnosticAndAddsNoError() {
        String text = without("scope", "service-levels", "termination", "personnel");
        List<Diagnostic> errors = profileFindings(text).stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(8, errors.size());
        for (Diagnostic d : errors) {
            assertFalse(d.fixes().isEmpty(), d.message());
            for (Fix fix : d.fixes()) {
                String fixed = Lint.apply(text, fix);
                List<Diagnostic> after = Lint.run(fixed);
                assertFalse(after.stream().anyMatch(a -> a.message().equals(d.message())), fix.title() + " left: " + d.message());
                Set<String> newErrors = after.stream()
                        .filter(a -> a.severity() == Severity.ERROR)
                        .map(a -> a.ruleId() + ": " + a.message()).collect(Collectors.toSet());
                Set<String> before = Lint.run(text).stream()
                        .filter(a -> a.severity() == Severity.ERROR)
                        .map(a -> a.ruleId() + ": " + a.message()).collect(Collectors.toSet());
                newErrors.removeAll(before);
                assertEquals(Set.of(), newErrors, fix.title() + " introduced errors in:\n" + fixed);
            }
        }
    }

    @Test
    void allFixesTogetherCompleteTheContract() {
        String text = without("scope", "service-levels", "termination", "personnel");
        for (int round = 0; round < 20; round++) {
            List<Diagnostic> errors = profileFindings(text).stream().filter(d -> d.severity() == Severity.ERROR).toList();
            if (errors.isEmpty()) {
                break;
            }
            text = Lint.apply(text, errors.get(0).fixes().get(0));
        }
        assertEquals(List.of(), profileFindings(text).stream().filter(d -> d.severity() == Severity.ERROR).toList(), text);
        assertTrue(text.indexOf("section scope ") < text.indexOf("section services "), "scope goes before services:\n" + text);
        assertTrue(text.indexOf("section personnel ") > text.indexOf("section access "), "personnel after access:\n" + text);
    }

    @Test
    void aMissingClauseGoesIntoItsHintSection() {
        String text = COMPLETE.replace("    clause breach-notification\n", "    must DP-1: The Provider must store the Client's data in Canada.\n");
        Diagnostic d = Lint.rule(profileFindings(text), "missing-clause").get(0);
        String fixed = Lint.apply(text, d.fixes().get(0));
        int section = fixed.indexOf("section data-protection");
        int clause = fixed.indexOf("    clause breach-notification\n");
        assertTrue(clause > section && clause < fixed.indexOf("}", section), fixed);
        String writtenOut = Lint.apply(text, d.fixes().get(1));
        assertTrue(writtenOut.contains("clause breach-notification \"Breach Notification\":\n        The Provider must notify the Client in writing within 24 hours"), writtenOut);
        assertEquals(List.of(), Lint.rule(Lint.run(writtenOut), "clause-modified"));
    }

    @Test
    void aMissingRecommendedSectionIsInformation() {
        String text = COMPLETE.replace("section forensics ", "section forensic ");
        List<Diagnostic> found = profileFindings(text);
        assertEquals(1, found.size());
        assertEquals(Severity.INFORMATION, found.get(0).severity());
        assertTrue(found.get(0).message().contains("recommends a section `forensics`"), found.get(0).message());
        String fixed = Lint.apply(text, found.get(0).fixes().get(0));
        assertEquals(List.of(), profileFindings(fixed));
    }

    @Test
    void theDefaultProfileOfCspecJsonAppliesWhenTheContractNamesNone() {
        String text = without("scope").replace("    profile soc-services\n", "");
        List<Diagnostic> found = Lint.run(text, new MemoryFiles(), Lint.withDefaultProfile("soc-services"));
        List<Diagnostic> missing = Lint.rule(found, "missing-section").stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, missing.size());
        assertEquals(text.indexOf("\"Managed SOC Services\""), missing.get(0).span().start(), "reported on the title");
        assertTrue(missing.get(0).message().contains("default profile in cspec.json"));
        assertEquals(List.of(), Lint.rule(Lint.run(text), "missing-section"), "no profile, no config default: nothing to check");
    }
}
