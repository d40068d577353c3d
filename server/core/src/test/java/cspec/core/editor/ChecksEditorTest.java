package cspec.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.format.Formatter;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an author sees in the editor for the bonus line and for a profile's content items. */
class ChecksEditorTest {
    private static final String SLA = """
            contract "C" {
            }

            sla incidents "Incidents" {
                measured monthly
                credit 5% per breach cap 20%
                bonus 2% per period met cap 6%
            }
            """;
    private static final String PROFILE = """
            profile ours "Ours" {
                requires section incident-response "Incident Response": Escalation.
                requires clause breach-notification
                requires duration notify in incident-response
            }
            """;

    private static DocumentIndex index(String text) {
        AnalysisResult result = Analyzer.analyze(SourceText.of(text), null, Workspace.standalone());
        return DocumentIndex.of(result);
    }

    private static List<String> labelsAt(String text, int offset) {
        return Completion.at(index(text), offset, null).stream().map(Candidate::label).toList();
    }

    @Test
    void slaCompletionOffersTheBonusLineAndItsWords() {
        String blank = SLA.replace("    bonus 2% per period met cap 6%\n", "    \n");
        assertTrue(labelsAt(blank, blank.indexOf("    \n}") + 4).contains("bonus"));
        String partial = SLA.replace("bonus 2% per period met cap 6%", "bonus 2% ");
        assertEquals(List.of("per period met"), labelsAt(partial, partial.indexOf("bonus 2% ") + 9));
        String capped = SLA.replace("bonus 2% per period met cap 6%", "bonus 2% per period met ");
        assertEquals(List.of("cap", "capped at"), labelsAt(capped, capped.indexOf("met ") + 4));
    }

    @Test
    void hoveringTheBonusLineSaysWhatItPays() {
        String hover = Hovers.at(index(SLA), SLA.indexOf("bonus") + 2).orElseThrow().markdown();
        assertEquals("**Bonus**: for each month in which every level of this SLA is met, the Provider earns 2% of that"
                + " period's fee, up to 6% of a contract year's fees.", hover);
        String credit = Hovers.at(index(SLA), SLA.indexOf("credit") + 2).orElseThrow().markdown();
        assertTrue(credit.startsWith("**Service credit**: each breach of this SLA credits the Client 5%"), credit);
    }

    @Test
    void theFormatterWritesTheBonusLineCanonically() {
        String messy = SLA.replace("    bonus 2% per period met cap 6%", "   bonus   2%  per period   met capped  at 6%");
        String formatted = Formatter.format(SourceText.of(messy));
        assertTrue(formatted.contains("\n    bonus 2% per period met capped at 6%\n"), formatted);
    }

    @Test
    void profileCompletionOffersContentItemsActionsAndTheirPlaces() {
        String kinds = PROFILE.replace("    requires duration notify in incident-response\n", "    requires \n");
        assertTrue(labelsAt(kinds, kinds.indexOf("requires \n") + 9).containsAll(List.of("duration", "party", "timer", "term")));
        String action = PROFILE.replace("duration notify in incident-response", "duration ");
        assertTrue(labelsAt(action, action.indexOf("duration ") + 9).containsAll(List.of("notify", "escalate", "retain")));
        String party = PROFILE.replace("duration notify in incident-response", "party provider to ");
        assertTrue(labelsAt(party, party.indexOf("to ") + 3).contains("screen"));
        String place = PROFILE.replace("in incident-response", "in ");
        assertEquals(List.of("incident-response", "breach-notification"), labelsAt(place, place.indexOf(" in \n") + 4));
    }

    @Test
    void hoveringAnActionSaysWhichWordsStateIt() {
        String hover = Hovers.at(index(PROFILE), PROFILE.indexOf("notify") + 1).orElseThrow().markdown();
        assertTrue(hover.startsWith("**notify**: stated by a duration or a frequency in a sentence about notifying,"
                + " or an SLA severity's `notify` timer. Its words: notify, notifies"), hover);
    }

    @Test
    void aContentItemsWordsAreHighlighted() {
        List<SemanticToken> tokens = SemanticTokens.of(index(PROFILE));
        int notify = PROFILE.indexOf("notify");
        int place = PROFILE.indexOf("incident-response", notify);
        assertTrue(tokens.stream().anyMatch(t -> t.span().start() == notify && t.type() == SemanticToken.Type.KEYWORD), tokens.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.span().start() == place && t.type() == SemanticToken.Type.SECTION_ID), tokens.toString());
    }
}
