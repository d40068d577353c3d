package cspec.procurement.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.procurement.Fixtures;
import cspec.procurement.model.ContractView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class RenderingTest {
    private static final ContractView CONTRACT = Fixtures.view("tender-contract.cspec");

    private static String render(ContractView view, Rendering.Format format) {
        return new String(Rendering.render(view, format), StandardCharsets.UTF_8);
    }

    @Test
    void htmlShowsTheTitleBlockEachRequirementsMarkerTheSlaAndTheClausesWording() {
        String html = render(CONTRACT, Rendering.Format.HTML);
        for (String expected : List.of(
                "<th scope=\"row\">Client</th><td>Harbour Water Authority (\u201cAuthority\u201d)</td>",
                "<th scope=\"row\">Jurisdiction</th><td>British Columbia, Canada</td>",
                "<th scope=\"row\">Effective date</th><td>2027-07-01</td>",
                "<th scope=\"row\">Term</th><td>36 months</td>",
                "<span class=\"num\">1</span>Monitoring",
                "<span class=\"req-id\">MON-1</span><span class=\"marker\">Mandatory</span><span class=\"ref\">source 3.1</span>",
                "<span class=\"marker\">Rated, weight 10</span>",
                "<span class=\"marker\">Future, by 2028-01-01</span>",
                "<span class=\"marker\">Option</span>",
                "<span class=\"marker\">Question, weight 15</span>",
                "<li><span class=\"item-ref\">(a)</span>triage each alert within 15 minutes; and</li>",
                "<tr><th scope=\"row\">Downtime allowed</th><td>43.2 minutes per month</td></tr>",
                "<tr><th scope=\"row\">Credit cap</th><td>20% of the monthly fee</td></tr>",
                "<td><b>P1</b> Critical</td>",
                "<td>15 minutes</td><td>4 hours</td>",
                // The library clause with its wording, the placeholder at its default.
                "Each party&#39;s total liability to the other under this contract, whatever the cause of action, must not "
                        + "exceed the fees paid in the 12 months before the claim.",
                "<li class=\"mandatory\"><b>3</b> mandatory</li>",
                "<li class=\"rated\"><b>2</b> rated (total weight 15)</li>")) {
            assertTrue(html.contains(expected), "missing: " + expected);
        }
        assertFalse(html.contains("<link") || html.contains("src=\"http"), "the page must be one self-contained file");
        assertTrue(html.contains("@media print"), "no print styles");
    }

    @Test
    void whatTheContractSaysIsEscapedInEveryFormat() {
        ContractView hostile = Fixtures.view("hostile-text.cspec");
        String html = render(hostile, Rendering.Format.HTML);
        assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("<b>Bold"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        String markdown = render(hostile, Rendering.Format.MARKDOWN);
        assertFalse(markdown.contains("<script>"), markdown);
        assertTrue(markdown.contains("\\*text\\*") && markdown.contains("\\| even here"), markdown);
        assertTrue(markdown.contains("Provider \\[link\\](http://example.com)"), markdown);
    }

    @Test
    void markdownHasHeadingsTablesAndMarkersGitHubRenders() {
        String markdown = render(CONTRACT, Rendering.Format.MARKDOWN);
        assertTrue(markdown.startsWith("# Managed Detection and Response for Harbour Water\n"), markdown);
        assertTrue(markdown.contains("\n## 1 Monitoring\n"), markdown);
        assertTrue(markdown.contains("\n**MON-3** · *Rated, weight 10* · source 3.3\n"), markdown);
        assertTrue(markdown.contains("\n- (b) escalate each confirmed Security Incident to the Authority by telephone.\n"), markdown);
        assertTrue(markdown.contains("| Severity | Definition | Response | Resolution |\n|---|---|---|---|\n"), markdown);
        assertFalse(markdown.contains("\n\n\n"), "runs of blank lines");
    }

    @Test
    void docxHasRealHeadingsNumberedListsAndTables() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Rendering.render(CONTRACT, Rendering.Format.DOCX)))) {
            assertNotNull(docx.getStyles().getStyle("Heading1"), "no Heading 1 style");
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertEquals("Managed Detection and Response for Harbour Water", paragraphs.get(0).getText());
            assertEquals("Title", paragraphs.get(0).getStyle());
            assertTrue(paragraphs.stream().anyMatch(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("1  Monitoring")));
            XWPFParagraph item = paragraphs.stream().filter(p -> p.getText().startsWith("triage each alert")).findFirst().orElseThrow();
            assertNotNull(item.getNumID(), "the list items are not a Word list");
            assertEquals("lowerLetter", item.getNumFmt(), "items lettered (a), (b) in the source are lettered in Word");
            assertTrue(docx.getTables().size() >= 3, "title block, SLA figures and severities are tables");
            assertTrue(docx.getTables().get(0).getText().contains("Harbour Water Authority"));
            assertTrue(paragraphs.stream().anyMatch(p -> p.getText().matches("(?i)MON-3\\s+Rated, weight 10\\s+source 3\\.3")),
                    () -> "no requirement heading with its marker: " + paragraphs.stream().map(XWPFParagraph::getText).filter(t -> t.contains("MON-3")).toList());
        }
    }
}
