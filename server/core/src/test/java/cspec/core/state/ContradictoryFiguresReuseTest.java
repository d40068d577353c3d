package cspec.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.Cancellation;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * contradictory-figures keeps what it read of each binding unit for the next version: an edit of
 * one figure changes that unit's finding (it goes, comes back with the new figure), while the
 * units the edit left alone are reused and their finding only moves with the text, exactly as a
 * full analysis places it. The contract is inline, not a fixture file, so that the lint of the
 * test resources is not changed by it.
 */
class ContradictoryFiguresReuseTest {
    private static final Path CONTRACT = WorkspaceStateTest.ROOT.resolve("figures.cspec");
    private static final String TEXT = """
            contract "Managed SOC Services" {
                client "Example Corp"
                provider "Sentinel Ops"
            }

            section incident-response "Incident Response" {
                must IR-1: The Provider must notify the Client of each confirmed incident within 1 hour.
                must IR-2: The Provider must notify the Client of each confirmed incident within 4 hours.
            }

            section data-protection "Data Protection" {
                must DP-1: The Provider must keep the logs it collects for 365 days, then delete them.
                must DP-2: The Provider must keep the logs for at least 2 years after the incident is closed.
            }
            """;

    @Test
    void anEditedFigureChangesItsFindingWhileTheOtherUnitsFindingIsReusedAndMoved() {
        WorkspaceState state = new WorkspaceState(new CountingFiles().put(CONTRACT, TEXT));
        state.setFolders(List.of(WorkspaceStateTest.ROOT));
        String uri = CONTRACT.toUri().toString();
        state.open(uri, CONTRACT, 1, TEXT);

        List<Diagnostic> first = figures(state, uri, TEXT);
        assertEquals(2, first.size(), first.toString());
        assertEquals("4 hours", slice(TEXT, first.get(0)));
        assertEquals("2 years", slice(TEXT, first.get(1)));

        // 4 hours become 60 minutes: the same figure as IR-1's, so that finding goes; the
        // retention finding's units are unchanged and it moves by the three characters added.
        String same = TEXT.replace("within 4 hours", "within 60 minutes");
        state.change(uri, 2, new SourceText(uri, same));
        List<Diagnostic> second = figures(state, uri, same);
        assertEquals(1, second.size(), second.toString());
        assertEquals("2 years", slice(same, second.get(0)));
        assertEquals(first.get(1).span().start() + 3, second.get(0).span().start());

        // 90 minutes: the deadline finding is back, on the new figure and naming it.
        String other = same.replace("within 60 minutes", "within 90 minutes");
        state.change(uri, 3, new SourceText(uri, other));
        List<Diagnostic> third = figures(state, uri, other);
        assertEquals(2, third.size(), third.toString());
        assertEquals("90 minutes", slice(other, third.get(0)));
        assertEquals(true, third.get(0).message().contains("sets 90 minutes as"), third.get(0).message());
        assertEquals(second.get(0), third.get(1));
    }

    /** The state's contradictory-figures findings for this version, checked against a full analysis with nothing reused. */
    private static List<Diagnostic> figures(WorkspaceState state, String uri, String text) {
        AnalysisResult reused = state.analysis(uri, Cancellation.NEVER).orElseThrow().result();
        AnalysisResult full = Analyzer.analyze(new SourceText(uri, text), CONTRACT, state.workspaceOf(CONTRACT));
        assertEquals(full.diagnostics(), reused.diagnostics());
        return reused.diagnostics().stream().filter(d -> d.ruleId().equals("contradictory-figures")).toList();
    }

    private static String slice(String text, Diagnostic d) {
        return text.substring(d.span().start(), d.span().end());
    }
}
