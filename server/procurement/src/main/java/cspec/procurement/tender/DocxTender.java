package cspec.procurement.tender;

import cspec.procurement.InputProblem;
import cspec.procurement.ZipLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word tender with POI: paragraphs in the order of the body, headings by their style
 * (Title, Heading 1-9) or outline level, Word's automatic numbering computed into the numbers a
 * reader sees ("5.2.1", "a"), numbers typed by hand kept too, list paragraphs as items, table
 * rows as table blocks. Page headers and footers live in their own parts: they are listed as
 * dropped, never read as text.
 */
final class DocxTender {
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*(\\d)");
    private static final Pattern TYPED_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})\\.?\\s+(\\S.*)$");

    private final XWPFDocument document;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    private DocxTender(XWPFDocument document) {
        this.document = document;
    }

    static TenderDocument read(byte[] bytes, String shown) {
        ZipLimits.apply();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxTender reader = new DocxTender(document);
            reader.body();
            return new TenderDocument("Word", reader.blocks, reader.furniture());
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(shown + " is not a readable Word document (.docx): " + ZipLimits.why(e)
                    + " Open it in Word and save it again as .docx, or export it as PDF.");
        }
    }

    private void body() {
        int paragraphs = 0;
        int tables = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraphs++;
                paragraph(p, "paragraph " + paragraphs);
            } else if (element instanceof XWPFTable table) {
                tables++;
                int r = 0;
                for (XWPFTableRow row : table.getRows()) {
                    r++;
                    List<String> cells = row.getTableCells().stream().map(c -> c.getText().strip()).toList();
                    String text = String.join(" | ", cells);
                    if (!text.replace("|", "").isBlank()) {
                        blocks.add(new Block(Block.Kind.TABLE, 0, "", text, "table " + tables + ", row " + r));
                    }
                }
            }
        }
    }

    private void paragraph(XWPFParagraph p, String where) {
        String text = p.getText().replaceAll("[\\p{Zs}\\t]+", " ").strip();
        if (text.isEmpty()) {
            return;
        }
        int heading = headingLevel(p);
        String number = p.getNumID() == null ? "" : number(p);
        Matcher typed = TYPED_NUMBER.matcher(text);
        if (number.isEmpty() && typed.matches() && (heading > 0 || Character.isUpperCase(typed.group(2).charAt(0)))) {
            number = typed.group(1);
            text = typed.group(2);
        }
        if (heading > 0) {
            blocks.add(new Block(Block.Kind.HEADING, heading, number, text, where));
        } else if (p.getNumID() != null) {
            int level = p.getNumIlvl() == null ? 1 : p.getNumIlvl().intValue() + 1;
            blocks.add(new Block(Block.Kind.ITEM, level, number, text, where));
        } else {
            blocks.add(new Block(Block.Kind.PARAGRAPH, 0, number, text, where));
        }
    }

    /** 1 for Heading 1 (and for Title, the document's own heading), 0 for body text. */
    private int headingLevel(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id != null && document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(id);
            String name = style == null ? id : style.getName();
            Matcher m = HEADING_STYLE.matcher(name == null ? id : name);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if ("title".equalsIgnoreCase(name) || "title".equalsIgnoreCase(id)) {
                return 1;
            }
        }
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null) {
            return p.getCTP().getPPr().getOutlineLvl().getVal().intValue() + 1;
        }
        return 0;
    }

    /** The number Word shows before a numbered paragraph, computed from its list's counters; "" for a bullet. */
    private String number(XWPFParagraph p) {
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(p.getNumID(), k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        String pattern = p.getNumLevelText();
        if ("bullet".equals(format) || pattern == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("%(\\d)").matcher(pattern);
        int last = 0;
        while (m.find()) {
            out.append(pattern, last, m.start());
            int k = Integer.parseInt(m.group(1)) - 1;
            out.append(k == level ? formatted(count[k], format) : Integer.toString(Math.max(1, count[k])));
            last = m.end();
        }
        out.append(pattern.substring(last));
        return out.toString().replaceAll("^[(\\s]+|[.)\\s]+$", "");
    }

    private static String formatted(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> Character.toString('a' + (n - 1) % 26);
            case "upperLetter" -> Character.toString('A' + (n - 1) % 26);
            case "lowerRoman" -> Roman.of(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> Roman.of(n);
            default -> Integer.toString(n);
        };
    }

    private List<Dropped> furniture() {
        List<Dropped> dropped = new ArrayList<>();
        for (XWPFHeaderFooter header : document.getHeaderList()) {
            add(dropped, header, "page header");
        }
        for (XWPFHeaderFooter footer : document.getFooterList()) {
            add(dropped, footer, "page footer");
        }
        return dropped;
    }

    private static void add(List<Dropped> dropped, XWPFHeaderFooter part, String what) {
        String text = part.getText().strip();
        if (!text.isEmpty()) {
            dropped.add(new Dropped(what, text.replaceAll("\\s+", " "), "repeated on every page it is set for"));
        }
    }

    /** Roman numerals for list numbering. */
    private static final class Roman {
        private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        private static final String[] DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

        static String of(int n) {
            StringBuilder b = new StringBuilder();
            int rest = Math.max(1, n);
            for (int i = 0; i < VALUES.length; i++) {
                while (rest >= VALUES[i]) {
                    b.append(DIGITS[i]);
                    rest -= VALUES[i];
                }
            }
            return b.toString();
        }
    }
}
