package cspec.procurement.matrix;

import cspec.procurement.model.ContractView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The matrix as CSV: a header row, then a row per requirement with the version and hash on every row. */
public final class CsvMatrix {
    private CsvMatrix() {
    }

    public static String write(Matrix matrix) {
        List<List<String>> records = new ArrayList<>();
        records.add(Column.CSV.stream().map(CsvMatrix::header).toList());
        for (ContractView.RequirementView row : matrix.rows()) {
            records.add(Column.CSV.stream().map(c -> matrix.cell(row, c)).toList());
        }
        return Csv.write(records);
    }

    /** The answer columns' header names their choices, since CSV has no place for a note. */
    private static String header(Column column) {
        return column == Column.ANSWER || column == Column.VERDICT
                ? column.header() + " (" + Answer.choices() + ")" : column.header();
    }

    public static ResponseSheet read(String text, String shown, String bidder) {
        List<Csv.Line> lines;
        try {
            lines = Csv.read(text);
        } catch (Csv.Malformed e) {
            return failed(shown, bidder, "not a readable CSV file: " + e.getMessage() + ".");
        }
        if (lines.isEmpty()) {
            return failed(shown, bidder, "the file is empty; send the bidder the matrix from `cspec matrix`.");
        }
        Map<Column, Integer> at = columns(lines.get(0).cells());
        List<Column> missing = Column.CSV.stream().filter(c -> required(c) && !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return failed(shown, bidder, "the header row lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(Column::header).toList())
                    + "; this is not a matrix from `cspec matrix`, or its header row was changed.");
        }
        List<ResponseSheet.Row> rows = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (Csv.Line line : lines.subList(1, lines.size())) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            at.forEach((column, index) -> cells.put(column, index < line.cells().size() ? line.cells().get(index) : ""));
            rows.add(new ResponseSheet.Row("line " + line.number(), cells, Set.of()));
            versions.add(cells.getOrDefault(Column.VERSION, "").strip());
            hashes.add(cells.getOrDefault(Column.HASH, "").strip());
        }
        List<ResponseSheet.Problem> problems = new ArrayList<>();
        if (versions.size() > 1 || hashes.size() > 1) {
            problems.add(new ResponseSheet.Problem("", "", "rows name different contract versions or requirement hashes ("
                    + String.join(", ", hashes) + "); rows were pasted from matrices of different versions."));
        }
        return new ResponseSheet(shown, bidder, versions.size() == 1 ? versions.iterator().next() : "",
                hashes.size() == 1 ? hashes.iterator().next() : "", rows, problems);
    }

    private static boolean required(Column column) {
        return column == Column.ID || column == Column.ANSWER || column == Column.VERDICT || column == Column.POINTS
                || column == Column.VERSION || column == Column.HASH;
    }

    /** Columns by header, matched on the words before any "(...)" and without regard to case. */
    static Map<Column, Integer> columns(List<String> headers) {
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i).replaceAll("\\(.*", "").strip().toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.header().toLowerCase(Locale.ROOT).equals(name)) {
                    at.putIfAbsent(column, i);
                }
            }
        }
        return at;
    }

    private static ResponseSheet failed(String shown, String bidder, String message) {
        return new ResponseSheet(shown, bidder, "", "", List.of(), List.of(new ResponseSheet.Problem("", "", message)));
    }
}
