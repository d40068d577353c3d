package cspec.procurement.matrix;

import cspec.procurement.model.ContractView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The matrix as an XLSX workbook: the "Matrix" sheet (frozen header and ID column, readable
 * widths, drop-down lists on the answer and verdict columns, points limited to 0..weight) and
 * the "About" sheet with the contract's version, its requirements hash, the bidder's name and
 * what each answer means. Every cell is written as a string, never as a formula.
 */
public final class XlsxMatrix {
    public static final String MATRIX_SHEET = "Matrix";
    public static final String ABOUT_SHEET = "About";
    static final String CONTRACT = "Contract";
    static final String VERSION = "Contract version";
    static final String HASH = "Requirements hash";
    static final String BIDDER = "Bidder";

    private XlsxMatrix() {
    }

    public static byte[] write(Matrix matrix) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(MATRIX_SHEET);
            header(sheet, styles);
            int r = 1;
            for (ContractView.RequirementView requirement : matrix.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < Column.XLSX.size(); c++) {
                    Column column = Column.XLSX.get(c);
                    Cell cell = row.createCell(c);
                    cell.setCellValue(matrix.cell(requirement, column));
                    cell.setCellStyle(styles.body(column));
                }
            }
            validations(sheet, matrix);
            sheet.createFreezePane(1, 1);
            about(workbook.createSheet(ABOUT_SHEET), matrix, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing a workbook to memory cannot fail", e);
        }
    }

    private static void header(Sheet sheet, Styles styles) {
        Row row = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < Column.XLSX.size(); c++) {
            Column column = Column.XLSX.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header(column));
            sheet.setColumnWidth(c, column.width() * 256);
            String note = note(column);
            if (!note.isEmpty()) {
                ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 4);
                anchor.setRow1(0);
                anchor.setRow2(6);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(note));
                cell.setCellComment(comment);
            }
        }
    }

    static String note(Column column) {
        return switch (column) {
            case ANSWER -> "The bidder's answer, one of:\n" + Answer.definitions();
            case VERDICT -> "The evaluator's verdict, in the same three words. It decides; where it is empty, "
                    + "the bidder's answer stands.";
            case POINTS -> "The evaluator's points, from 0 to the row's weight.";
            case EXPLANATION -> "How the bid meets the requirement; for a question, the answer itself.";
            case EVIDENCE -> "Where in the bid the evidence is (document and page).";
            default -> "";
        };
    }

    private static void validations(Sheet sheet, Matrix matrix) {
        int last = matrix.rows().size();
        if (last == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] choices = {Answer.COMPLIES.words(), Answer.PARTIALLY.words(), Answer.DOES_NOT_COMPLY.words()};
        for (Column column : List.of(Column.ANSWER, Column.VERDICT)) {
            int c = Column.XLSX.indexOf(column);
            DataValidation list = helper.createValidation(helper.createExplicitListConstraint(choices),
                    new CellRangeAddressList(1, last, c, c));
            list.setShowErrorBox(true);
            list.createErrorBox(column.header(), "Choose " + Answer.choices() + ".");
            sheet.addValidationData(list);
        }
        int points = Column.XLSX.indexOf(Column.POINTS);
        for (int r = 0; r < last; r++) {
            ContractView.RequirementView row = matrix.rows().get(r);
            if (row.weight() == null) {
                continue;
            }
            DataValidationConstraint range = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "0", row.weightText());
            DataValidation validation = helper.createValidation(range, new CellRangeAddressList(r + 1, r + 1, points, points));
            validation.setShowErrorBox(true);
            validation.createErrorBox("Points", "From 0 to " + row.weightText() + ", the weight of " + row.id() + ".");
            sheet.addValidationData(validation);
        }
    }

    private static void about(Sheet sheet, Matrix matrix, Styles styles) {
        String[][] rows = {
            {CONTRACT, matrix.title()},
            {VERSION, matrix.version()},
            {HASH, matrix.hash()},
            {BIDDER, ""},
            {"Answers", Answer.definitions()},
            {"About", "Written by cspec. The version and hash tie this matrix to one version of the requirements; "
                    + "do not change them. Fill in the Answer, Explanation and Evidence ref columns (the bidder) "
                    + "and the Verdict and Points columns (the evaluator)."},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            Cell key = row.createCell(0);
            key.setCellValue(rows[r][0]);
            key.setCellStyle(styles.header(Column.ID));
            Cell value = row.createCell(1);
            value.setCellValue(rows[r][1]);
            value.setCellStyle(styles.body(r == 3 ? Column.ANSWER : Column.TEXT));
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    /** Header and body styles, coloured by who fills the column in. */
    private static final class Styles {
        private final CellStyle[] header = new CellStyle[Column.Party.values().length];
        private final CellStyle[] body = new CellStyle[Column.Party.values().length];

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            IndexedColors[] fills = {IndexedColors.GREY_25_PERCENT, IndexedColors.LIGHT_YELLOW, IndexedColors.LIGHT_TURQUOISE};
            for (Column.Party party : Column.Party.values()) {
                header[party.ordinal()] = style(workbook, fills[party.ordinal()]);
                header[party.ordinal()].setFont(bold);
                body[party.ordinal()] = style(workbook, party == Column.Party.CSPEC ? null : fills[party.ordinal()]);
            }
        }

        private static CellStyle style(XSSFWorkbook workbook, IndexedColors fill) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
            if (fill != null) {
                style.setFillForegroundColor(fill.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }

        CellStyle header(Column column) {
            return header[column.party().ordinal()];
        }

        CellStyle body(Column column) {
            return body[column.party().ordinal()];
        }
    }
}
