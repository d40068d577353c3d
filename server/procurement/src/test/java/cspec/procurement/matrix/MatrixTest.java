package cspec.procurement.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.procurement.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MatrixTest {
    private static final Matrix MATRIX = Matrix.of(Fixtures.view("tender-contract.cspec"));

    @Test
    void csvHasARowPerRequirementOptionAndQuestionWithVersionAndHashOnEveryRow() {
        // The committed matrix is what the response fixtures were filled from; a change here changes the hash they carry.
        assertEquals(Fixtures.text("tender-contract.matrix.csv"), CsvMatrix.write(MATRIX),
                "the matrix of tender-contract.cspec changed; regenerate the fixture and the responses filled from it");
        assertEquals(List.of("MON-1", "MON-2", "MON-3", "MON-4", "MON-5", "OPT-1", "Q-1", "SLA-1"),
                MATRIX.rows().stream().map(r -> r.id()).toList());
    }

    @Test
    void theHashChangesWithAWeightButNotWithLayout() {
        String source = Fixtures.text("tender-contract.cspec");
        String reweighted = source.replace("(weight 10, ref \"3.3\")", "(weight 12, ref \"3.3\")");
        String relaid = source.replace("    must MON-1 (ref \"3.1\"): The Contractor must monitor every log source 24 hours a day.",
                "    must MON-1 (ref \"3.1\"):\n        The Contractor must monitor every log source\n        24 hours a day.");
        assertFalse(hash(reweighted).equals(MATRIX.hash()));
        assertEquals(MATRIX.hash(), hash(relaid));
    }

    private static String hash(String source) {
        cspec.core.workspace.Workspace workspace = new cspec.core.workspace.Workspace(java.nio.file.Path.of(""),
                cspec.core.config.Config.DEFAULT, new cspec.files.DiskFiles());
        return cspec.procurement.model.ContractViews.of(cspec.procurement.Contracts.of(
                new cspec.core.text.SourceText("t", source), null, "t", workspace)).requirementsHash();
    }

    @Test
    void formulaLikeCellsAreNeutralisedInCsvAndRestoredWhenRead() throws Csv.Malformed {
        String written = Csv.write(List.of(List.of("=SUM(A1)", "+1", "-2", "@cmd", "plain", "a,b")));
        assertEquals("'=SUM(A1),'+1,'-2,'@cmd,plain,\"a,b\"\r\n", written);
        assertEquals(List.of("=SUM(A1)", "+1", "-2", "@cmd", "plain", "a,b"), Csv.read(written).get(0).cells());
    }

    @Test
    void xlsxHasValidatedAnswerColumnsAFrozenHeaderReadableWidthsAndOnlyStrings() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxMatrix.write(MATRIX)))) {
            XSSFSheet sheet = workbook.getSheet(XlsxMatrix.MATRIX_SHEET);
            assertNotNull(sheet.getPaneInformation(), "no frozen pane");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getColumnWidth(Column.XLSX.indexOf(Column.TEXT)) >= 50 * 256, "the requirement column is too narrow");
            List<String> validated = sheet.getDataValidations().stream().map(v -> describe(sheet, v)).toList();
            assertTrue(validated.contains("Answer: Complies|Partially complies|Does not comply"), validated.toString());
            assertTrue(validated.contains("Verdict: Complies|Partially complies|Does not comply"), validated.toString());
            assertTrue(validated.stream().anyMatch(v -> v.equals("Points: 0..10")), "MON-3's points are not limited to its weight");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), "cell " + cell.getAddress() + " is not a string");
                }
            }
            Sheet about = workbook.getSheet(XlsxMatrix.ABOUT_SHEET);
            assertEquals(MATRIX.hash(), about.getRow(2).getCell(1).getStringCellValue());
            assertEquals("1.0", about.getRow(1).getCell(1).getStringCellValue());
            assertNotNull(sheet.getRow(0).getCell(Column.XLSX.indexOf(Column.ANSWER)).getCellComment(), "no note on Answer");
        }
    }

    private static String describe(XSSFSheet sheet, DataValidation v) {
        String header = sheet.getRow(0).getCell(v.getRegions().getCellRangeAddress(0).getFirstColumn()).getStringCellValue();
        var c = v.getValidationConstraint();
        return c.getExplicitListValues() != null ? header + ": " + String.join("|", c.getExplicitListValues())
                : header + ": " + c.getFormula1() + ".." + c.getFormula2();
    }
}
