package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Fix;
import cspec.core.syntax.Modality;
import cspec.core.text.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine on plain sentences: which rules fire, and on exactly which words. */
class WordingEngineTest {
    private static final WordingEngine ENGINE = WordingEngine.builtIn();

    private static WordingResult must(String text) {
        return ENGINE.analyze(text, 0, WordingContext.requirement(Modality.MUST, null, Vocabulary.clientAndProvider()));
    }

    private static WordingResult as(Modality modality, String text) {
        return ENGINE.analyze(text, 0, WordingContext.requirement(modality, new Span(0, 0), Vocabulary.clientAndProvider()));
    }

    /** "rule-id:flagged words" for every finding, in order. */
    private static String found(String text, WordingResult result) {
        return result.findings().stream()
                .map(f -> f.rule().id() + ":" + text.substring(f.span().start(), f.span().end()))
                .collect(Collectors.joining(", "));
    }

    private static String mustFinds(String text) {
        return found(text, must(text));
    }

    @Test
    void vagueWordsAreFlaggedOnTheirExactWords() {
        assertEquals("vague-time:promptly", mustFinds("The Provider must promptly notify the Client."));
        assertEquals("vague-term:appropriate", mustFinds("The Provider must apply appropriate encryption."));
        assertEquals("vague-term:industry-standard", mustFinds("The Provider must use industry-standard tools."));
        assertEquals("vague-time:real-time", mustFinds("The Provider must offer real-time dashboards."));
    }

    @Test
    void inflectionsMatchTheListedWord() {
        assertEquals("vague-time:regularly", mustFinds("The Provider must regularly review the rules."));
        assertEquals("vague-time:regular", mustFinds("The Provider must hold regular reviews with the Client."));
        assertEquals("vague-term:best practices", mustFinds("The Provider must follow best practices."));
    }

    @Test
    void phrasesMatchAcrossLineBreaksAndCase() {
        String text = "The Provider must respond As Soon\n        As Possible to alerts.";
        assertEquals("vague-time:As Soon\n        As Possible", mustFinds(text));
    }

    @Test
    void theLongestOverlappingMatchWinsAndIsReportedOnce() {
        assertEquals("efforts-standard:commercially reasonable efforts",
                mustFinds("The Provider must use commercially reasonable efforts to restore service within 4 hours."));
        assertEquals("vague-term:reasonable security measures",
                mustFinds("The Provider must take reasonable security measures."));
        assertEquals("", mustFinds("The Client must give notice before it terminates some or all of the Services."));
    }

    @Test
    void aNumberThatBoundsAVagueWordMakesItPrecise() {
        assertEquals("", mustFinds("The Provider must keep at least 3 analysts on shift."));
        assertEquals("", mustFinds("The Provider must respond promptly and within 4 hours to P1 alerts."));
        assertEquals("", mustFinds("The Provider must review the rules regularly, at least once a month."));
        assertEquals("comparative:faster", mustFinds("The Provider must deliver faster containment."));
        assertEquals("", mustFinds("The Provider must contain outbreaks faster than 2 hours."));
        assertEquals("vague-time:regularly", mustFinds("The Provider must regularly audit controls against ISO 27001."));
    }

    @Test
    void termsOfArtDefinedTermsAndPartyNamesAreNeverFlagged() {
        assertEquals("", mustFinds("The Provider must indemnify the Client and give notice before termination."));
        Vocabulary vocabulary = new Vocabulary(List.of("Client", "Provider"), List.of("Reasonable Measures"), false, "Provider");
        String text = "The Provider must apply the Reasonable Measures.";
        assertEquals("", found(text, ENGINE.analyze(text, 0, WordingContext.requirement(Modality.MUST, null, vocabulary))));
        String lower = "The Provider must apply the reasonable measures.";
        assertEquals("vague-term:reasonable",
                found(lower, ENGINE.analyze(lower, 0, WordingContext.requirement(Modality.MUST, null, vocabulary))));
    }

    @Test
    void placeholdersAndReferencesAreSkipped() {
        assertEquals("", mustFinds("The Provider must meet {{target: an appropriate target}} as set in [SLA-1]."));
    }

    @Test
    void modalityMismatchFollowsTheTable() {
        assertEquals("modality-mismatch:should", found("The Provider should patch.", as(Modality.MUST, "The Provider should patch.")));
        assertEquals("", found("The Provider shall not patch.", as(Modality.MUST, "The Provider shall not patch.")));
        assertEquals("", found("Neither party may disclose it.", as(Modality.MUST, "Neither party may disclose it.")));
        assertEquals("modality-mismatch:must", found("The Provider must patch.", as(Modality.SHOULD, "The Provider must patch.")));
        assertEquals("", found("The Provider can patch.", as(Modality.MAY, "The Provider can patch.")));
        assertEquals("", found("The Provider must patch.", as(Modality.WILL, "The Provider must patch.")));
        assertEquals("modality-mismatch:is required to",
                found("The Provider is required to patch.", as(Modality.MAY, "The Provider is required to patch.")));
        assertEquals("", found("The Provider must ensure that the Client can log in.",
                as(Modality.MUST, "The Provider must ensure that the Client can log in.")));
    }

    @Test
    void modalityMismatchOffersBothRewrites() {
        List<Fix> fixes = as(Modality.MUST, "The Provider should patch.").findings().get(0).fixes();
        assertEquals(List.of("Write `must`", "Declare the requirement `should`"),
                fixes.stream().map(Fix::title).toList());
        assertEquals("must", fixes.get(0).edits().get(0).newText());
    }

    @Test
    void obligationsOfNonPartiesAreReported() {
        assertEquals("no-responsible-party:The Subcontractor", mustFinds("The Subcontractor must notify the Client."));
        assertEquals("", mustFinds("The Client's logs must be reviewed by the Provider."));
        assertEquals("", mustFinds("Each party must keep the other party's data confidential."));
        assertEquals("no-responsible-party:must be retained", mustFinds("All logs must be retained for 12 months."));
        assertEquals("no-responsible-party:by the Subcontractor", mustFinds("Logs must be reviewed by the Subcontractor."));
        assertEquals("", mustFinds("The Provider must be certified to ISO 27001."));
        assertEquals("no-responsible-party:must be exported",
                mustFinds("If the Client asks, logs must be exported to the Client by the end of the month."));
    }

    @Test
    void aBarePronounSubjectStandsForAnEarlierActor() {
        // Behaviour changed on purpose (issue 11): a bare pronoun subject refers back, so it is
        // neither a non-party actor nor, with no rival antecedent, an ambiguous pronoun.
        assertEquals("", mustFinds("It must be completed within 5 days."));
        assertEquals("", mustFinds("This contract must be signed by the Client."));
    }

    @Test
    void aPronounTwoEarlierNounPhrasesCouldMeanIsAmbiguous() {
        assertEquals("vague-pronoun:they", mustFinds("The Provider must forward alerts to the ticketing tools when they change."));
        assertEquals("", mustFinds("The Provider must keep its logs for 12 months."));
        assertEquals("", mustFinds("It must be possible to export every alert."));
    }

    @Test
    void compoundRequirementsCountObligationVerbs() {
        assertEquals("compound-requirement:must",
                mustFinds("The Provider must detect intrusions and must report them."));
        assertEquals("", mustFinds("The Provider must detect and report intrusions."));
        assertEquals("compound-requirement:must", mustFinds("The Provider must keep a procedure for each service it "
                + "delivers, must review it every 12 months and must give the Client a copy."));
        assertEquals("", mustFinds("The Provider must collect logs and alerts."));
    }

    @Test
    void passivesOutsideObligationsNeedAnAgent() {
        String text = "Reports are approved monthly.";
        WordingResult r = ENGINE.analyze(text, 0, WordingContext.of(ProseKind.CLAUSE, Vocabulary.clientAndProvider()));
        assertEquals("passive-no-agent:are approved", found(text, r));
        String agent = "Reports are approved by the Client.";
        assertEquals("", found(agent, ENGINE.analyze(agent, 0, WordingContext.of(ProseKind.CLAUSE, Vocabulary.clientAndProvider()))));
    }

    @Test
    void wordyPhrasesGetASafeShortForm() {
        Finding f = must("Prior to go-live the Provider must test.").findings().get(0);
        assertEquals("wordy", f.rule().id());
        Fix fix = f.fixes().get(0);
        assertTrue(fix.safe());
        assertEquals("Before", fix.edits().get(0).newText());
    }

    @Test
    void offsetsAreDocumentOffsets() {
        WordingResult r = ENGINE.analyze("must promptly act", 100, WordingContext.of(ProseKind.DEFINITION, Vocabulary.NONE));
        assertEquals(new Span(105, 113), r.findings().get(0).span());
    }
}
