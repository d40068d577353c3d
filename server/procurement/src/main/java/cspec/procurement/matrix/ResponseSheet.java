package cspec.procurement.matrix;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A filled matrix as read back, before any judgement: its rows' cells by column, and what made
 * cells unreadable (a formula, an error value) or the file unusable (a missing column).
 *
 * @param bidder the name on the matrix, else the file's name without its extension
 * @param version the contract version the matrix says it answers (empty when it says none)
 * @param problems what was wrong while reading; a row problem's cell is in unreadable
 */
public record ResponseSheet(String shown, String bidder, String version, String hash, List<Row> rows,
        List<Problem> problems) {
    public ResponseSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * One row: where it is ("line 7", "row 7") and its cells; unreadable holds the columns whose
     * cell could not be taken as a value (already a problem, so not judged again).
     */
    public record Row(String where, Map<Column, String> cells, Set<Column> unreadable) {
        public Row {
            cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
            unreadable = Set.copyOf(unreadable);
        }

        public String cell(Column column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    /** where is empty for a problem of the whole file; id is the row's requirement ID, when known. */
    public record Problem(String where, String id, String message) {
        public String describe(String shown) {
            String at = where.isEmpty() ? shown : shown + ", " + where;
            return at + (id == null || id.isEmpty() ? "" : " (" + id + ")") + ": " + message;
        }
    }
}
