package cspec.procurement.tender;

/**
 * One unit of a tender as read: a heading, a paragraph, a list item or a table row.
 *
 * @param level a heading's level (1 is the top) or a list item's depth (1 for a top-level item); 0 for others
 * @param number the source's own numbering ("5.2.1", "a", "iv"), or "" when it has none
 * @param where the place in the source, for the report: "paragraph 12", "page 2, line 14", "line 40"
 */
public record Block(Kind kind, int level, String number, String text, String where) {
    public enum Kind { HEADING, PARAGRAPH, ITEM, TABLE }

    public Block {
        text = text.strip();
    }
}
