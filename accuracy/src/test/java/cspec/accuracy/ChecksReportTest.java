package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the checks report adopts a profile on a converted contract, and what a row holds. */
class ChecksReportTest {
    private static final String CONTRACT = """
            contract "Test" {
                client "Buyer Ltd" as "Client"
                provider "Seller Ltd" as "Provider"
            }

            section S1 "Services" {
                must S1-1:
                    The Provider must host the web site.
            }

            section S9 "[Termination]" {
                must S9-1:
                    Either party may terminate this Agreement on written notice.
            }

            section S10 "Termination" {
                must S10-1:
                    The Client must pay each invoice within 30 days of receipt.
            }
            """;
    private static final String PROFILE = """
            profile services-agreement "Agreement" {
                recommends section termination "Termination": When either party may end it.
                requires duration terminate in termination: The notice period.
            }
            """;

    @Test
    void sectionsAreNamedByTheFirstTitleThatSaysWhatTheyAreAndTheProfileIsNamed() {
        String adopted = ChecksReport.adopt(CONTRACT, "services-agreement");
        assertTrue(adopted.contains("contract \"Test\" {\n    profile services-agreement\n"), adopted);
        assertTrue(adopted.contains("section termination \"[Termination]\""), adopted);
        assertTrue(adopted.contains("section S10 \"Termination\""), "only the first such section is renamed:\n" + adopted);
        assertTrue(adopted.contains("section services \"Services\""), adopted);
        assertEquals(CONTRACT.replaceAll("section \\S+ ", "").replace("\n    profile services-agreement", ""),
                adopted.replaceAll("section \\S+ ", "").replace("\n    profile services-agreement", ""),
                "no word of prose changes");
    }

    @Test
    void aRowNamesTheSectionTheProfileAndWhatIsMissing() {
        List<List<String>> rows = ChecksReport.rows("test", "services-agreement", CONTRACT, PROFILE);
        assertEquals(1, rows.size(), rows.toString());
        List<String> row = rows.get(0);
        assertEquals(ChecksReport.COLUMNS.size(), row.size());
        assertEquals("missing-content", row.get(3));
        assertEquals("termination", row.get(6));
        assertTrue(row.get(7).contains("states a duration for terminating the contract"), row.get(7));
        assertTrue(row.get(9).startsWith("section termination \"[Termination]\": Either party may terminate"), row.get(9));
        assertEquals("", row.get(10), "the verdict is the reviewer's");
    }
}
