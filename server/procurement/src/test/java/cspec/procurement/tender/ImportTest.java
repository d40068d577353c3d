package cspec.procurement.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.syntax.Modality;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.procurement.Fixtures;
import cspec.procurement.InputProblem;
import cspec.procurement.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports of tenders as a procurement officer has them: Word documents made with POI, Markdown and text. */
class ImportTest {
    /** A requirement of the draft as "modality ID (ref): text". */
    private static List<String> requirements(Importer.Result result) {
        SourceText source = new SourceText("draft.cspec", result.draft());
        SpecFile file = SpecParser.parse(source);
        assertEquals(List.of(), file.syntaxErrors(), "the draft has syntax errors:\n" + result.draft());
        return Outline.of(file.document()).requirements().stream().map(p -> {
            Requirement r = p.item();
            String ref = r.sourceRef().map(s -> " (" + s.number().value() + ")").orElse("");
            return r.modality().keyword() + " " + r.id().text() + ref + ": " + Text.of(r.prose(), source).plain();
        }).toList();
    }

    private static Importer.Result importBytes(byte[] bytes, String name, boolean willMeansMust) {
        return Importer.fromTender(Importer.read(bytes, name), name, willMeansMust, "draft.cspec", "draft.import.txt");
    }

    @Test
    void aWordTenderBecomesSectionsRequirementsByModalityQuestionsDefinitionsAndLists() throws IOException {
        Importer.Result result = importBytes(TenderDocx.socTender(), "tender.docx", false);
        assertEquals(List.of(
                "must R-1 (3.1.1): The Contractor shall monitor every in-scope log source 24 hours a day, 7 days a week.",
                "must R-2 (3.1.2): The Contractor must triage each alert within 15 minutes of its creation.",
                "should R-3 (3.1.3): The Contractor should forward each confirmed Security Incident to the City's ServiceNow instance.",
                "may R-4 (3.1.4): The Contractor may offer monthly threat hunting.",
                "will R-5 (3.1.5): The Contractor will provide a named service manager.",
                "option R-6 (3.1.6): The Contractor may be required to perform forensic analysis of a compromised host on request.",
                "must R-7 (3.2): The Contractor shall provide the following reports: - a monthly service report; - a quarterly threat "
                        + "briefing; and - an annual review of the service.",
                "must R-8 (3.2): When a Security Incident is confirmed, the Contractor shall: (a) notify the City's duty manager by "
                        + "telephone within 1 hour; (b) open a ticket in ServiceNow; and (c) send a written summary within 24 hours.",
                "question Q-1 (4): Describe your onboarding process, with its milestones.",
                "question Q-2 (4): Provide three references from public-sector clients.",
                "question Q-3 (4): Bidders shall describe their escalation model for weekends."), requirements(result));
        String draft = result.draft();
        assertTrue(draft.contains("contract \"Request for Proposal: Managed Security Operations Centre Services\" {"), draft);
        assertTrue(draft.contains("    \"Security Incident\" means an event that compromises"), draft);
        assertTrue(draft.contains("// source 3.1\n    section s3.1 \"Monitoring\" {"), "sections nest as the headings do:\n" + draft);
        assertTrue(draft.contains("    background (ref \"1\"): The City of Riverton runs 40 facilities"), draft);
    }

    @Test
    void willFollowsTheContractSetting() throws IOException {
        Importer.Result result = importBytes(TenderDocx.socTender(), "tender.docx", true);
        assertTrue(result.draft().contains("    will means must\n"), result.draft());
        assertTrue(requirements(result).contains("must R-5 (3.1.5): The Contractor will provide a named service manager."));
    }

    @Test
    void headersFootersAndTablesAreListedWithTheirPlaceInTheSource() throws IOException {
        ImportReport report = importBytes(TenderDocx.socTender(), "tender.docx", false).report();
        assertEquals(List.of("page header: City of Riverton - RFP 2027-014 Managed SOC Services", "page footer: Page 1 of 3"),
                report.dropped().stream().map(d -> d.where() + ": " + d.text()).toList());
        assertEquals(List.of("table 1, row 1: Item | Unit price", "table 1, row 2: Log sources up to 500 | [Bidder to complete]",
                "table 1, row 3: Each further 100 sources | [Bidder to complete]"),
                report.unmapped().stream().map(e -> e.where() + ": " + e.text()).toList());
    }

    @Test
    void aMarkdownTenderKeepsItsListNumberingAsReferences() {
        Importer.Result result = importBytes(Fixtures.bytes("tender.md"), "tender.md", false);
        assertEquals(List.of(
                "must R-1 (2.1): The Supplier must monitor the Trust's systems from 17:00 to 09:00 on working days and all day at weekends.",
                "should R-2 (2.1): The Supplier should hold ISO/IEC 27001 certification.",
                "must R-3 (2.1): The Supplier shall escalate a confirmed incident by: (a) calling the on-call manager; (b) emailing "
                        + "the IT team; and (c) recording it in the Trust's service desk.",
                "may R-4 (1): The Supplier may propose additional services.",
                "will R-5 (2): The Supplier will report monthly.",
                "question Q-1 (3): Explain how you would hand over to the Trust's team at 09:00."), requirements(result));
        assertEquals(2, result.report().unmapped().size(), "the table's two rows");
    }

    @Test
    void aTextTendersRunningHeadsAndPageNumbersAreDroppedAndCounted() {
        Importer.Result result = importBytes(Fixtures.bytes("tender.txt"), "tender.txt", false);
        assertEquals(List.of(
                "must R-1 (1): The Service Provider shall monitor every endpoint of both airports.",
                "must R-2 (2): The Service Provider must contain a confirmed intrusion within 4 hours and should report it to "
                        + "the Authority within 1 hour.",
                "must R-3 (2(a)): The Service Provider shall keep logs for 12 months.",
                "question Q-1 (2): Describe your containment approach."), requirements(result));
        assertEquals(List.of("line 8: Aviation Authority - Tender ATA/2027/11 (repeated on 2 pages)", "line 9: 1 (page number)",
                "line 10: Aviation Authority - Tender ATA/2027/11 (repeated on 2 pages)", "line 21: 2 (page number)"),
                result.report().dropped().stream().map(d -> d.where() + ": " + d.text() + " (" + d.why() + ")").toList());
        assertTrue(result.report().text("tender.txt", "text", "draft.cspec", result.counts()).contains("Dropped as page furniture: 4"));
    }

    @Test
    void noWordOfTheSourceIsLostWithoutBeingListed() throws IOException {
        assertNoWordLost(TenderDocx.socTender(), "tender.docx", Sources.docxText(TenderDocx.socTender()));
        assertNoWordLost(Fixtures.bytes("tender.md"), "tender.md", Fixtures.text("tender.md"));
        assertNoWordLost(Fixtures.bytes("tender.txt"), "tender.txt", Fixtures.text("tender.txt"));
        for (String pdf : Sources.CORPUS) {
            byte[] bytes = ImportQualityTest.resource("/corpus/" + pdf);
            assertNoWordLost(bytes, pdf, Sources.pdfText(bytes));
        }
    }

    private static void assertNoWordLost(byte[] bytes, String name, String sourceText) {
        Importer.Result result = importBytes(bytes, name, true);
        String kept = result.draft() + "\n" + result.report().text(name, result.format(), "draft.cspec", result.counts());
        List<String> lost = Sources.missing(sourceText, kept);
        assertEquals(List.of(), lost, name + ": words of the source neither in the draft nor in the report");
    }

    @Test
    void aCorruptOrForeignFileGetsAClearMessage() throws IOException {
        byte[] docx = TenderDocx.socTender();
        assertEquals("tender.docx is not a readable Word document (.docx): it is damaged or not an Office Open XML file. "
                + "Open it in Word and save it again as .docx, or export it as PDF.",
                message(Arrays.copyOf(docx, docx.length / 3), "tender.docx"));
        assertTrue(message("%PDF-1.7\nthis is not a PDF body\n".getBytes(StandardCharsets.US_ASCII), "tender.pdf")
                .startsWith("tender.pdf is not a readable PDF ("), "a damaged PDF");
        byte[] ole = new byte[64];
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        ole[2] = 0x11;
        ole[3] = (byte) 0xE0;
        assertEquals("old.doc is a Word 97-2003 (.doc) file, which cspec does not read; save it as .docx.", message(ole, "old.doc"));
        assertEquals("tender.docx is named like a DOCX file but is not one (it may be damaged or only partly downloaded).",
                message("plain words".getBytes(StandardCharsets.UTF_8), "tender.docx"));
        assertEquals("image.bin is a binary file, not a Word, PDF, Markdown or text tender.", message(new byte[] {1, 0, 2}, "image.bin"));
    }

    private static String message(byte[] bytes, String name) {
        return assertThrows(InputProblem.class, () -> Importer.read(bytes, name)).getMessage();
    }

    @Test
    void aHugeParagraphWithoutFullStopsIsReadInLinearTime() {
        // A table flattened into one line of text, as PDFs produce: 200,000 words, no sentence end.
        String clause = "the Contractor shall keep logs, which may include records, and if asked it will report ";
        String text = "1. SCOPE\n\n" + clause.repeat(200_000 / clause.split(" ").length) + "\n";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            Importer.Result result = importBytes(text.getBytes(StandardCharsets.UTF_8), "big.txt", false);
            assertTrue(result.draft().length() > text.length() / 2);
        });
    }

    @Test
    void everyModalityKeywordOfTheLanguageCanBeImported() {
        List<Modality> seen = requirements(importBytes(Fixtures.bytes("tender.md"), "tender.md", false)).stream()
                .map(r -> Modality.valueOf(r.substring(0, r.indexOf(' ')).toUpperCase(java.util.Locale.ROOT))).distinct().toList();
        assertTrue(seen.containsAll(List.of(Modality.MUST, Modality.SHOULD, Modality.MAY, Modality.WILL, Modality.QUESTION)), seen.toString());
    }
}
