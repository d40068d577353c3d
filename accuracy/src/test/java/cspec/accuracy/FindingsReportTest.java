package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The findings report's columns. It uses placeholder (an error) and unused-definition (a hint),
 * two structural rules that the wording work does not change, so these tests keep passing as the
 * wording rules improve.
 */
class FindingsReportTest {
    private static final String CONTRACT = """
            contract "Test" {
                client "Buyer Ltd" as "Client"
                provider "Seller Ltd" as "Provider"
            }

            definitions {
                "Service Day" means a day fixed TBD.
                "Spare" means a term nobody uses.
            }

            section S1 "Services" {
                // source clause: 1.1
                must S1-1:
                    The Provider must deliver the report on the date TBD, and the Client must
                    approve it by the date TBD.
            }
            """;

    private static List<Finding> findings() {
        return FindingsReport.findings("test", new SourceText("test.cspec", CONTRACT), Path.of("test.cspec"));
    }

    @Test
    void aFindingInARequirementCarriesItsIdAndItsWholeSentenceOnOneLine() {
        Finding first = findings().stream()
                .filter(f -> f.requirementId().equals("S1-1") && f.rule().equals("placeholder")).findFirst().orElseThrow();
        assertEquals("placeholder", first.rule());
        assertEquals("error", first.severity());
        assertEquals("TBD", first.matchedText());
        assertEquals(14, first.line());
        assertEquals("The Provider must deliver the report on the date TBD, and the Client must approve it by the date TBD.",
                first.sentence());
    }

    @Test
    void aFindingInADefinitionNamesTheDefinition() {
        assertTrue(findings().stream().anyMatch(f -> f.requirementId().equals("definition \"Service Day\"")
                && f.rule().equals("placeholder") && f.sentence().equals("a day fixed TBD.")));
    }

    @Test
    void hintsAreNotShownByDefaultSoTheyAreNotReported() {
        assertTrue(findings().stream().noneMatch(f -> f.rule().equals("unused-definition")));
        assertTrue(findings().stream().noneMatch(f -> f.severity().equals("hint")));
    }

    @Test
    void twoFindingsOfOneRuleOnOneTextInOneSentenceHaveDistinctKeys() {
        List<Finding> inRequirement = findings().stream()
                .filter(f -> f.requirementId().equals("S1-1") && f.rule().equals("placeholder")).toList();
        assertEquals(2, inRequirement.size());
        assertNotEquals(inRequirement.get(0).key(), inRequirement.get(1).key());
    }

    @Test
    void theKeyIgnoresLineBreaksCaseAndWhereTheFileWrapsTheText() {
        String wrapped = Finding.key("c", "vague-term", "The Provider must keep\n    adequate records.", "adequate", 0);
        String oneLine = Finding.key("c", "vague-term", "the provider must keep adequate records.", "Adequate", 0);
        assertEquals(wrapped, oneLine);
        assertNotEquals(oneLine, Finding.key("c", "vague-term", "the provider must keep adequate records.", "adequate", 1));
        assertNotEquals(oneLine, Finding.key("c", "vague-time", "the provider must keep adequate records.", "adequate", 0));
        assertNotEquals(oneLine, Finding.key("d", "vague-term", "the provider must keep adequate records.", "adequate", 0));
    }

    @Test
    void everyFindingOnTheConvertedCorpusHasItsOwnKey() throws Exception {
        List<Finding> all = FindingsReport.findings(ModuleFiles.converted());
        List<Finding> hints = FindingsReport.findings(ModuleFiles.converted(), true);
        // Issue 11 made most wording rules hints, so the shown findings alone are fewer than 1000 now.
        assertTrue(all.size() + hints.size() > 1000, "the corpus gives findings");
        assertEquals(all.size(), all.stream().map(Finding::key).distinct().count());
        assertEquals(hints.size(), hints.stream().map(Finding::key).distinct().count());
        assertTrue(all.stream().noneMatch(f -> f.severity().equals("hint")));
        assertTrue(hints.stream().allMatch(f -> f.severity().equals("hint")));
    }

    @Test
    void rowsReadBackAsTheSameFindings() throws Exception {
        Path file = java.nio.file.Files.createTempFile("findings", ".tsv");
        List<Finding> written = findings();
        Tsv.write(file, Finding.COLUMNS, written.stream().map(Finding::row).toList());
        List<Finding> read = Tsv.read(file).stream().map(Finding::fromRow).toList();
        assertEquals(written, read);
        java.nio.file.Files.delete(file);
    }
}
