package cspec.procurement.tender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A tender as a Word document, made the way word processors make them: Title and Heading styles,
 * numbers typed into headings, Word's own numbering for lettered and bulleted lists, a running
 * header and footer, and a table. Written by the tests (and for docs/procurement.md) with POI.
 */
public final class TenderDocx {
    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering = document.createNumbering();

    private TenderDocx() {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(styles, "Title", "Title"));
        styles.addStyle(style(styles, "Heading1", "heading 1"));
        styles.addStyle(style(styles, "Heading2", "heading 2"));
    }

    /** The SOC tender of the import tests and of docs/procurement.md. */
    public static byte[] socTender() throws IOException {
        TenderDocx t = new TenderDocx();
        t.document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("City of Riverton - RFP 2027-014 Managed SOC Services");
        t.document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1 of 3");
        t.styled("Title", "Request for Proposal: Managed Security Operations Centre Services");
        t.styled("Heading1", "1 Background");
        t.text("The City of Riverton runs 40 facilities and a data centre, and keeps a network team of six people. "
                + "This request seeks a provider of round-the-clock security monitoring.");
        t.styled("Heading1", "2 Definitions");
        t.text("\"Security Incident\" means an event that compromises the confidentiality, integrity or availability of the "
                + "City's systems.");
        t.text("\"Business Hours\" means 08:00 to 17:00 Pacific Time on working days.");
        t.styled("Heading1", "3 Scope of Services");
        t.styled("Heading2", "3.1 Monitoring");
        t.text("3.1.1 The Contractor shall monitor every in-scope log source 24 hours a day, 7 days a week.");
        t.text("3.1.2 The Contractor must triage each alert within 15 minutes of its creation.");
        t.text("3.1.3 The Contractor should forward each confirmed Security Incident to the City's ServiceNow instance.");
        t.text("3.1.4 The Contractor may offer monthly threat hunting.");
        t.text("3.1.5 The Contractor will provide a named service manager.");
        t.text("3.1.6 The Contractor may be required to perform forensic analysis of a compromised host on request.");
        t.styled("Heading2", "3.2 Reporting");
        t.text("The Contractor shall provide the following reports:");
        BigInteger bullets = t.list(STNumberFormat.BULLET, "\u2022");
        t.item(bullets, "a monthly service report;");
        t.item(bullets, "a quarterly threat briefing; and");
        t.item(bullets, "an annual review of the service.");
        t.text("When a Security Incident is confirmed, the Contractor shall:");
        BigInteger letters = t.list(STNumberFormat.LOWER_LETTER, "(%1)");
        t.item(letters, "notify the City's duty manager by telephone within 1 hour;");
        t.item(letters, "open a ticket in ServiceNow; and");
        t.item(letters, "send a written summary within 24 hours.");
        t.styled("Heading1", "4 Questions for Bidders");
        t.text("Describe your onboarding process, with its milestones.");
        t.text("Provide three references from public-sector clients.");
        t.text("Bidders shall describe their escalation model for weekends.");
        t.styled("Heading1", "5 Pricing Schedule");
        XWPFTable table = t.document.createTable(3, 2);
        String[][] cells = {{"Item", "Unit price"}, {"Log sources up to 500", "[Bidder to complete]"}, {"Each further 100 sources", "[Bidder to complete]"}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                table.getRow(r).getCell(c).setText(cells[r][c]);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.document.write(out);
            t.document.close();
            return out.toByteArray();
        }
    }

    private void styled(String style, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private void text(String text) {
        document.createParagraph().createRun().setText(text);
    }

    private BigInteger list(STNumberFormat.Enum format, String levelText) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(levelText);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }

    private void item(BigInteger list, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    private static XWPFStyle style(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        return new XWPFStyle(style, styles);
    }
}
