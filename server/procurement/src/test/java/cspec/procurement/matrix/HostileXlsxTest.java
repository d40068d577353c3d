package cspec.procurement.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.procurement.Fixtures;
import cspec.procurement.InputProblem;
import cspec.procurement.model.ContractView;
import cspec.procurement.score.BidderScore;
import cspec.procurement.score.Scoring;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filled XLSX matrix is hostile input: each way it can attack is refused or read safely, with a clear message. */
class HostileXlsxTest {
    private static final ContractView CONTRACT = Fixtures.view("tender-contract.cspec");
    private static final int ANSWER = Column.XLSX.indexOf(Column.ANSWER);
    private static final int POINTS = Column.XLSX.indexOf(Column.POINTS);
    private static final int EXPLANATION = Column.XLSX.indexOf(Column.EXPLANATION);

    @TempDir
    Path folder;

    /** The matrix filled in as a bidder and evaluator would, then changed by edit. */
    private static byte[] filled(java.util.function.Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxMatrix.write(Matrix.of(CONTRACT))));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheet(XlsxMatrix.MATRIX_SHEET);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                row.getCell(ANSWER).setCellValue("Complies");
                String weight = row.getCell(Column.XLSX.indexOf(Column.WEIGHT)).getStringCellValue();
                if (!weight.isEmpty()) {
                    row.getCell(POINTS).setCellValue(Double.parseDouble(weight));
                }
            }
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private BidderScore score(byte[] xlsx) throws IOException {
        Path file = folder.resolve("bidder.xlsx");
        Files.write(file, xlsx);
        return Scoring.score(CONTRACT, Responses.read(file, "bidder.xlsx"));
    }

    private static List<String> problems(BidderScore score) {
        return score.problems().stream().map(p -> p.describe("bidder.xlsx")).toList();
    }

    @Test
    void aFilledWorkbookScoresWithTheBiddersNameFromItsAboutSheet() throws IOException {
        BidderScore score = score(filled(w -> w.getSheet(XlsxMatrix.ABOUT_SHEET).getRow(3).getCell(1).setCellValue("Acme MDR Ltd")));
        assertEquals(BidderScore.Result.QUALIFIED, score.result(), problems(score).toString());
        assertEquals("Acme MDR Ltd", score.bidder());
        assertEquals(0, score.points().compareTo(new java.math.BigDecimal("30")));
    }

    @Test
    void aFormulaCellIsReportedAndNeverEvaluated() throws IOException {
        BidderScore score = score(filled(w -> w.getSheet(XlsxMatrix.MATRIX_SHEET).getRow(3).getCell(POINTS).setCellFormula("5+5")));
        assertEquals(List.of("bidder.xlsx, row 4 (MON-3): cell L4 holds a formula (=5+5), which cspec never evaluates; "
                + "type the value itself."), problems(score));
        assertEquals(BidderScore.Result.INCOMPLETE, score.result());
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        byte[] xlsx = filled(w -> w.getSheet(XlsxMatrix.MATRIX_SHEET).getRow(1).getCell(EXPLANATION)
                .setCellValue("=HYPERLINK(\"http://attacker.example\",\"see\")"));
        Path file = folder.resolve("bidder.xlsx");
        Files.write(file, xlsx);
        ResponseSheet sheet = Responses.read(file, "bidder.xlsx");
        assertEquals("=HYPERLINK(\"http://attacker.example\",\"see\")", sheet.rows().get(0).cell(Column.EXPLANATION));
        assertEquals(List.of(), Scoring.score(CONTRACT, sheet).problems());
    }

    @Test
    void aZipBombIsRefusedWhileItIsInflated() throws IOException {
        // The same workbook with its matrix sheet padded by 40 MB of spaces, which compress to almost nothing.
        byte[] honest = filled(w -> { });
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(honest)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertTrue(bomb.size() < 1_000_000, "the bomb should be small on disk: " + bomb.size());
        BidderScore score = score(bomb.toByteArray());
        assertEquals(1, score.problems().size());
        assertTrue(problems(score).get(0).contains("refused as a zip bomb"), problems(score).toString());
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = folder.resolve("huge.xlsx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Responses.MAX_BYTES + 1);
        }
        InputProblem problem = assertThrows(InputProblem.class, () -> Responses.read(file, "huge.xlsx"));
        assertEquals("cannot read huge.xlsx: it is 10,485,761 bytes, over the 10,485,760-byte limit.", problem.getMessage());
    }

    @Test
    void aDamagedWorkbookIsNamedAsSuch() throws IOException {
        byte[] honest = filled(w -> { });
        byte[] damaged = java.util.Arrays.copyOf(honest, honest.length / 2);
        BidderScore score = score(damaged);
        assertEquals(1, score.problems().size());
        assertTrue(problems(score).get(0).startsWith("bidder.xlsx: not a readable XLSX workbook: it is damaged"), problems(score).toString());
    }

    @Test
    void aWorkbookThatIsNotAMatrixSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Budget").createRow(0).createCell(0).setCellValue("Total");
            other.write(out);
        }
        assertEquals(List.of("bidder.xlsx: the workbook has no \"Matrix\" and \"About\" sheets; this is not a matrix from `cspec matrix`."),
                problems(score(out.toByteArray())));
    }
}
