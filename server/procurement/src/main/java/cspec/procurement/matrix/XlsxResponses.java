package cspec.procurement.matrix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import cspec.procurement.ZipLimits;

/**
 * Reads a filled XLSX matrix as hostile input. The file's size is bounded before it is read
 * (by the caller), each zip entry's size and compression ratio while it is inflated (a zip bomb
 * stops early), and the number of rows. Formulas are never evaluated: a formula cell is a
 * problem to report, not a value. Cells are read as the text they hold.
 */
public final class XlsxResponses {
    /** No honest matrix has more rows than this; a sheet claiming more is refused before it is read row by row. */
    public static final int MAX_ROWS = 20_000;

    private XlsxResponses() {
    }

    public static ResponseSheet read(byte[] bytes, String shown, String fallbackBidder) {
        ZipLimits.apply();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook, shown, fallbackBidder);
        } catch (IOException | RuntimeException e) {
            return failed(shown, fallbackBidder, why(e));
        }
    }

    /** POI's reasons, in the user's words. */
    private static String why(Exception e) {
        return "not a readable XLSX workbook: " + ZipLimits.why(e)
                + " Save it from the spreadsheet program as Excel Workbook (.xlsx), or send CSV.";
    }

    private static ResponseSheet read(Workbook workbook, String shown, String fallbackBidder) {
        Sheet matrix = workbook.getSheet(XlsxMatrix.MATRIX_SHEET);
        Sheet about = workbook.getSheet(XlsxMatrix.ABOUT_SHEET);
        if (matrix == null || about == null) {
            return failed(shown, fallbackBidder, "the workbook has no \"" + XlsxMatrix.MATRIX_SHEET + "\" and \""
                    + XlsxMatrix.ABOUT_SHEET + "\" sheets; this is not a matrix from `cspec matrix`.");
        }
        if (matrix.getLastRowNum() > MAX_ROWS) {
            return failed(shown, fallbackBidder, "the matrix sheet claims " + (matrix.getLastRowNum() + 1)
                    + " rows, over the " + MAX_ROWS + " a matrix can hold.");
        }
        List<ResponseSheet.Problem> problems = new ArrayList<>();
        Map<String, String> metadata = metadata(about, problems);
        Row headerRow = matrix.getRow(0);
        List<String> headers = new ArrayList<>();
        for (int c = 0; headerRow != null && c < headerRow.getLastCellNum(); c++) {
            headers.add(text(headerRow.getCell(c), problems, "", ""));
        }
        Map<Column, Integer> at = CsvMatrix.columns(headers);
        List<Column> missing = List.of(Column.ID, Column.ANSWER, Column.VERDICT, Column.POINTS).stream()
                .filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return failed(shown, fallbackBidder, "the header row lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(Column::header).toList()) + ".");
        }
        List<ResponseSheet.Row> rows = new ArrayList<>();
        for (int r = 1; r <= matrix.getLastRowNum(); r++) {
            Row row = matrix.getRow(r);
            if (row == null) {
                continue;
            }
            String where = "row " + (r + 1);
            Map<Column, String> cells = new EnumMap<>(Column.class);
            Set<Column> unreadable = EnumSet.noneOf(Column.class);
            String id = at.containsKey(Column.ID) ? plain(row.getCell(at.get(Column.ID))) : "";
            at.forEach((column, c) -> {
                int before = problems.size();
                cells.put(column, text(row.getCell(c), problems, where, id));
                if (problems.size() > before) {
                    unreadable.add(column);
                }
            });
            if (cells.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new ResponseSheet.Row(where, cells, unreadable));
        }
        String bidder = metadata.getOrDefault(XlsxMatrix.BIDDER, "").isBlank() ? fallbackBidder : metadata.get(XlsxMatrix.BIDDER);
        return new ResponseSheet(shown, bidder, metadata.getOrDefault(XlsxMatrix.VERSION, ""),
                metadata.getOrDefault(XlsxMatrix.HASH, ""), rows, problems);
    }

    private static Map<String, String> metadata(Sheet about, List<ResponseSheet.Problem> problems) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int r = 0; r <= Math.min(about.getLastRowNum(), 50); r++) {
            Row row = about.getRow(r);
            if (row != null) {
                values.putIfAbsent(plain(row.getCell(0)), text(row.getCell(1), problems, "About sheet, row " + (r + 1), ""));
            }
        }
        return values;
    }

    /** A cell's value as text; a formula or an error value is a problem, and reads as empty. */
    private static String text(Cell cell, List<ResponseSheet.Problem> problems, String where, String id) {
        if (cell == null) {
            return "";
        }
        String address = new CellReference(cell).formatAsString(false);
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case FORMULA -> {
                problems.add(new ResponseSheet.Problem(where, id, "cell " + address + " holds a formula (="
                        + abbreviated(cell.getCellFormula()) + "), which cspec never evaluates; type the value itself."));
                yield "";
            }
            case ERROR -> {
                problems.add(new ResponseSheet.Problem(where, id, "cell " + address + " holds an error value; type the value itself."));
                yield "";
            }
            default -> "";
        };
    }

    private static String plain(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }

    private static String abbreviated(String formula) {
        return formula.length() > 40 ? formula.substring(0, 40) + "..." : formula;
    }

    private static ResponseSheet failed(String shown, String bidder, String message) {
        return new ResponseSheet(shown, bidder, "", "", List.of(), List.of(new ResponseSheet.Problem("", "", message)));
    }
}
