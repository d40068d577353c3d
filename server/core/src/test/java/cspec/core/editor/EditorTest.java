package cspec.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure editor logic, on small contracts parsed by the real parser. */
class EditorTest {
    private static final String CONTRACT = """
            contract "C" {
                client "Example Corp"
            }

            definitions {
                "Security Incident" means an event that harms the Client.
            }

            section ops "Operations" {
                // Moves with OPS-10.
                must OPS-10: The Provider must log Security Incidents [OPS-2].
                must OPS-2: The Provider must report each Security Incident.
            }
            """;

    private static DocumentIndex index(String text) {
        AnalysisResult result = Analyzer.analyze(SourceText.of(text), null, Workspace.standalone());
        return DocumentIndex.of(result);
    }

    @Test
    void idsSortNaturally() {
        List<String> ids = new ArrayList<>(List.of("MON-10", "MON-2", "MON-1", "ACC-3"));
        ids.sort(Ids.NATURAL);
        assertEquals(List.of("ACC-3", "MON-1", "MON-2", "MON-10"), ids);
    }

    @Test
    void termUsesIncludePluralsAndStopAtTheTerm() {
        DocumentIndex index = index(CONTRACT);
        List<String> uses = index.usesOf(new Name(Name.Kind.TERM, "Security Incident")).stream()
                .map(u -> index.source().slice(u.span())).toList();
        assertEquals(List.of("Security Incident", "Security Incident"), uses);
        assertEquals(1, index.usesOf(new Name(Name.Kind.ID, "OPS-2")).size());
    }

    @Test
    void sortingMovesCommentsWithTheirRequirement() {
        DocumentIndex index = index(CONTRACT);
        String sorted = cspec.core.diagnostic.FixApplier.applyEdits(CONTRACT, RequirementSorter.sort(index.analysis().file()));
        assertTrue(sorted.contains("""
                    must OPS-2: The Provider must report each Security Incident.
                    // Moves with OPS-10.
                    must OPS-10: The Provider must log Security Incidents [OPS-2].
                }"""), sorted);
    }

    @Test
    void renamingATermKeepsThePluralEnding() {
        DocumentIndex index = index(CONTRACT);
        int at = CONTRACT.indexOf("Security Incident\" means") + 2;
        Renaming.Outcome outcome = Renaming.rename(index, at, "Breach");
        String after = cspec.core.diagnostic.FixApplier.applyEdits(CONTRACT, outcome.edits());
        assertTrue(after.contains("\"Breach\" means") && after.contains("log Breachs [OPS-2]")
                && after.contains("report each Breach."), after);
    }

    @Test
    void renameRefusesAnInvalidId() {
        DocumentIndex index = index(CONTRACT);
        Renaming.Outcome outcome = Renaming.rename(index, CONTRACT.indexOf("must OPS-10") + 6, "1-bad");
        assertTrue(outcome.refused());
        assertTrue(outcome.refusal().contains("not a valid ID"), outcome.refusal());
    }

    @Test
    void formattingEditsOnlyTheChangedLines() {
        SourceText before = SourceText.of("a\nb\nc\nd\n");
        List<cspec.core.diagnostic.TextEdit> edits = Formatting.edits(before, "a\nB\nc\nd\nE\n");
        assertEquals(2, edits.size());
        assertEquals("a\nB\nc\nd\nE\n", cspec.core.diagnostic.FixApplier.applyEdits(before.text(), edits));
    }

    @Test
    void availabilityAndDurationHoverText() {
        assertEquals("**99.9% availability** allows 43 minutes 12 seconds of downtime per month (30 days).",
                TimeHovers.availability(new java.math.BigDecimal("99.9"), cspec.core.syntax.Period.MONTHLY));
    }
}
