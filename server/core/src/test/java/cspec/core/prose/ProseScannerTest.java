package cspec.core.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.text.Span;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseScannerTest {

    @Test
    void bracketsAroundOneIdAreReferencesAndOtherBracketsAreBlanks() {
        ProseScanner.Findings f = ProseScanner.scan("See [MON-1] and [monitoring.hunting], or [Client to confirm] and [●].", 100);
        assertEquals(List.of(new ProseScanner.Reference("MON-1", new Span(104, 111)),
                new ProseScanner.Reference("monitoring.hunting", new Span(116, 136))), f.references());
        assertEquals(List.of("[Client to confirm]", "[●]"), f.blanks().stream().map(ProseScanner.Blank::text).toList());
    }

    @Test
    void markersAreWholeWordsInAnyCaseAndInsideBracketsCountOnce() {
        ProseScanner.Findings f = ProseScanner.scan("TBD, tbc and XXXX; not TBDX or XX; [TBD] once.", 0);
        assertEquals(List.of("TBD", "tbc", "XXXX", "[TBD]"), f.blanks().stream().map(ProseScanner.Blank::text).toList());
        assertTrue(f.references().isEmpty());
    }

    @Test
    void placeholdersRunToTheirClosingBracesAndAnUnclosedOneIsIgnored() {
        ProseScanner.Findings f = ProseScanner.scan("Keep {{retention: 12 months}} then {{open", 0);
        assertEquals(1, f.blanks().size());
        assertEquals(new Span(5, 29), f.blanks().get(0).span());
        assertEquals(ProseScanner.Blank.Kind.PLACEHOLDER, f.blanks().get(0).kind());
    }

    @Test
    void phrasesMatchAcrossLineBreaksWithPluralsAndReportTheirCase() {
        String text = "Each security\n        incidents and Security Incident and Client Data's owner.";
        List<ProseScanner.Use> uses = ProseScanner.uses(text, 10, List.of("Security Incident", "Client Data", "Client"));
        assertEquals(3, uses.size());
        assertEquals(new Span(15, 10 + text.indexOf(" and")), uses.get(0).span());
        assertFalse(uses.get(0).exactCase());
        assertTrue(uses.get(1).exactCase());
        assertEquals(1, uses.get(2).phrase(), "Client Data wins over its prefix Client");
        assertEquals("Client Data", text.substring(uses.get(2).span().start() - 10, uses.get(2).span().end() - 10));
    }

    @Test
    void onlyTheFirstLetterDifferingIsToldApart() {
        List<ProseScanner.Use> uses = ProseScanner.uses("Cloud workload. cloud Workload.", 0, List.of("cloud workload"));
        assertTrue(uses.get(0).firstLetterOnly());
        assertFalse(uses.get(1).firstLetterOnly());
    }

    @Test
    void pluralsOfWordsEndingInYAreMatched() {
        List<ProseScanner.Use> uses = ProseScanner.uses("two Business Days and three Business Dayz", 0, List.of("Business Day"));
        assertEquals(1, uses.size());
        List<ProseScanner.Use> policies = ProseScanner.uses("the Security Policies", 0, List.of("Security Policy"));
        assertEquals(1, policies.size());
    }

    @Test
    void sentenceStartsAreAfterStopsColonsAndBullets() {
        String text = "Done. Next item: Third\n  - Bullet here";
        assertTrue(ProseScanner.atSentenceStart(text, 0));
        assertTrue(ProseScanner.atSentenceStart(text, text.indexOf("Next")));
        assertTrue(ProseScanner.atSentenceStart(text, text.indexOf("Third")));
        assertTrue(ProseScanner.atSentenceStart(text, text.indexOf("Bullet")));
        assertFalse(ProseScanner.atSentenceStart(text, text.indexOf("item")));
    }

    @Test
    void hostileInputIsScannedInLinearTime() {
        String brackets = "[".repeat(400_000) + "{{".repeat(200_000) + "x".repeat(400_000);
        String words = "Client ".repeat(200_000);
        // A quadratic scan of these 1.4 million characters takes hours; a linear one well under a
        // second. The bound is generous so a loaded 2-core CI machine never trips it.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ProseScanner.scan(brackets, 0);
            ProseScanner.uses(words, 0, List.of("Client Data Processing Agreement", "Client"));
        });
    }
}
