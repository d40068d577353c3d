package cspec.procurement.render;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What makes a generated document a real Word document: the Title and Heading 1-3 paragraph
 * styles (with outline levels, so Word's navigation pane and table of contents see them), and
 * list definitions for bulleted and numbered lists.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    private static final String[] HEADINGS = {"Heading1", "Heading2", "Heading3"};
    private static final int[] HEADING_HALF_POINTS = {32, 26, 23};

    private final XWPFNumbering numbering;
    private BigInteger bullets;

    private DocxStyles(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    static DocxStyles install(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(paragraphStyle(styles, TITLE, "Title", -1, 44));
        for (int i = 0; i < HEADINGS.length; i++) {
            styles.addStyle(paragraphStyle(styles, HEADINGS[i], "heading " + (i + 1), i, HEADING_HALF_POINTS[i]));
        }
        return new DocxStyles(document.createNumbering());
    }

    /** The heading style for a section depth (1 is the top), the deepest style for anything below. */
    static String heading(int depth) {
        return HEADINGS[Math.max(0, Math.min(depth, HEADINGS.length) - 1)];
    }

    private static XWPFStyle paragraphStyle(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 0 : 280));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(outlineLevel < 0 ? "1B1F24" : "1F3864");
        return new XWPFStyle(style, styles);
    }

    /** One bullet list definition shared by every bulleted list. */
    BigInteger bullets() {
        if (bullets == null) {
            bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list(STNumberFormat.BULLET, "\u2022"), numbering)));
        }
        return bullets;
    }

    /** A numbered list that starts at 1 (each list gets its own definition, so none continues another). */
    BigInteger numbered() {
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list(STNumberFormat.DECIMAL, "%1."), numbering)));
    }

    /** A list numbered (a), (b), (c), as tenders letter the items of a clause. */
    BigInteger lettered() {
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list(STNumberFormat.LOWER_LETTER, "(%1)"), numbering)));
    }

    private CTAbstractNum list(STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        return abstractNum;
    }
}
