package cspec.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an author reads and can do about missing content, contradictory figures and defaults. */
class ContentChecksTest {
    private static final String HEADER = "contract \"Monitoring\" {\n    client \"Example Corp\"\n    provider \"Sentinel Ops\" as \"Supplier\"\n"
            + "    profile soc-services\n}\n\n";

    private static List<Diagnostic> rule(String text, String rule) {
        return Lint.rule(Lint.run(text), rule);
    }

    private static Diagnostic about(List<Diagnostic> found, String words) {
        return found.stream().filter(d -> d.message().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding about " + words + " in " + found));
    }

    @Test
    void aSectionWithoutItsDeadlineIsToldWhatToWriteAndWhereTheNearestMissIs() {
        String text = HEADER + "section incident-response \"Incident Response\" {\n"
                + "    must IR-1: The Supplier must notify the Client of each incident.\n}\n";
        Diagnostic d = about(rule(text, "missing-content"), "duration for notifying");
        assertEquals("incident-response", text.substring(d.span().start(), d.span().end()));
        assertTrue(d.message().startsWith("Neither section `incident-response` nor the rest of the contract states a duration"
                + " for notifying"), d.message());
        assertTrue(d.message().contains("The nearest is on line 8, which speaks of notifying with no time limit"), d.message());
        assertTrue(d.message().contains("`... within 24 hours of ...`"), d.message());
        assertTrue(d.related().stream().anyMatch(r -> r.document() != null && r.document().contains("soc-services")),
                "points at the profile's item");
        String fixed = text.replace("of each incident.", "of each incident within 1 hour of confirming it.");
        assertTrue(rule(fixed, "missing-content").stream().noneMatch(x -> x.message().contains("duration for notifying")));
    }

    @Test
    void aDutyOfTheOtherPartyIsNamedAsTheNearestMiss() {
        String text = HEADER + "section incident-response \"Incident Response\" {\n"
                + "    must IR-1: The Client must escalate each incident to its board.\n}\n";
        Diagnostic d = about(rule(text, "missing-content"), "the Supplier about escalating");
        assertTrue(d.message().contains("as a duty of the other party"), d.message());
        assertTrue(d.message().contains("`The Supplier must ...`"), "uses the contract's own role word: " + d.message());
    }

    @Test
    void aClauseOfItsOwnThatNamesTheTopicButLacksTheDeadlineIsToldWhy() {
        String text = HEADER + "section data-protection \"Data Protection\" {\n"
                + "    clause breach-notice \"Notice of a Data Breach\": The Supplier must tell the Client of each breach.\n}\n";
        Diagnostic d = Lint.rule(Lint.run(text), "missing-clause").stream()
                .filter(x -> x.message().startsWith("Clause `breach-notice`")).findFirst().orElseThrow();
        assertEquals("breach-notice", text.substring(d.span().start(), d.span().end()));
        assertTrue(d.message().contains("reads as `breach-notification` (Breach Notification) by its name"), d.message());
        assertTrue(d.message().contains("it states no duration for notifying"), d.message());
        String fixed = text.replace("of each breach.", "of each breach within 12 hours of becoming aware of it.");
        assertTrue(Lint.rule(Lint.run(fixed), "missing-clause").stream().noneMatch(x -> x.message().contains("breach-notification")),
                "with the deadline the clause stands in for the library's");
    }

    @Test
    void aSeverityTimerIsComparedOnlyWithASentenceThatNamesThatOneSeverity() {
        String text = "contract \"Monitoring\" {\n}\n\nsection service-levels \"Service Levels\" {\n"
                + "    sla incidents \"Incident handling\" {\n"
                + "        severity P1 \"Critical\" response within 15 minutes:\n            A production system is compromised.\n"
                + "        severity P2 \"High\" response within 1 hour:\n            A workstation is compromised.\n"
                + "    }\n"
                + "    must SL-1: The Provider must respond to each P2 alert within 2 hours.\n"
                + "    must SL-2: The Provider must respond to each incident of severity Critical within 20 minutes.\n"
                + "    must SL-3: The Provider must respond to each P1 or P2 incident within 45 minutes.\n}\n";
        List<Diagnostic> found = rule(text, "contradictory-figures");
        // By its ID, and by its label after "severity"; SL-3 names both severities, so neither timer is its figure.
        assertEquals(List.of("2 hours", "20 minutes"),
                found.stream().map(d -> text.substring(d.span().start(), d.span().end())).toList(), found.toString());
        assertTrue(about(found, "`P2`").message().contains("SLA `incidents`"), found.toString());
    }

    @Test
    void contradictoryFiguresNameBothAndPointAtTheOther() {
        String text = "contract \"Monitoring\" {\n}\n\nsection incident-response \"Incident Response\" {\n"
                + "    must IR-1: The Provider must notify the Client of each confirmed incident within 30 minutes.\n"
                + "    must IR-2: The Provider must notify the Client of each confirmed incident within 2 hours.\n}\n";
        List<Diagnostic> found = rule(text, "contradictory-figures");
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals("2 hours", text.substring(d.span().start(), d.span().end()));
        assertTrue(d.message().contains("sets 2 hours as the Provider's deadline for notifying the Client about an incident"),
                d.message());
        assertTrue(d.message().contains("requirement `IR-1` (line 5) sets 30 minutes"), d.message());
        assertEquals("30 minutes", text.substring(d.related().get(0).span().start(), d.related().get(0).span().end()));
    }

    @Test
    void writingTheDefaultsOutConfirmsThemAndAddsNoError() {
        String text = HEADER.replace("    profile soc-services\n", "") + "section liability \"Liability\" {\n    clause insurance\n}\n";
        Diagnostic d = rule(text, "clause-defaults").get(0);
        assertTrue(d.message().contains("`cyber-cover` (CAD 5,000,000) and `professional-cover` (CAD 2,000,000)"), d.message());
        String fixed = Lint.apply(text, d.fixes().get(0));
        assertTrue(fixed.contains("clause insurance (cyber-cover \"CAD 5,000,000\", professional-cover \"CAD 2,000,000\")"), fixed);
        assertEquals(List.of(), Lint.run(fixed), "the clause's meaning is unchanged and nothing is left to review");
    }
}
