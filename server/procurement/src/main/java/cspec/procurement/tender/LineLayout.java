package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a text or PDF tender into blocks. A paragraph runs until a blank line (or a
 * gap on the page) or a line that starts with a label. A short numbered line ("5.2 Security
 * Monitoring", "1. TECHNICAL INFRASTRUCTURE") or a short line in capitals is a heading; a numbered
 * heading run into its text ("1. Hosting Agreement. This Agreement ...") becomes a heading and a
 * paragraph. A lettered label ("(a)", "b)") after a lead-in ending in ':' starts a list item,
 * anywhere else a numbered paragraph; a label alone on its line belongs to the text after it.
 * Words broken by a hyphen at a line's end are joined.
 */
final class LineLayout {
    /** A line of the source; gapBefore when a blank line or a gap on the page comes before it. */
    record Line(String text, String where, boolean gapBefore) {
    }

    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})(\\.)?\\s+(\\S.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:section|article|clause)\\s+(\\d{1,2}(?:\\.\\d{1,2})*|[ivxlc]{1,6})[.:]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAREN_LABEL = Pattern.compile("^\\(([a-z]{1,2}|[ivxlc]{1,5}|\\d{1,2})\\)\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF_LABEL = Pattern.compile("^([a-z]|[ivx]{1,4}|\\d{1,2})\\)\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^[-*\u2022\u00b7\u25aa\u25e6\u2013]\\s+(.*)$");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private String paragraphWhere = "";
    private String pendingLabel = "";
    private Block.Kind paragraphKind = Block.Kind.PARAGRAPH;
    private boolean listOpen;

    private LineLayout() {
    }

    static List<Block> blocks(List<Line> lines) {
        LineLayout layout = new LineLayout();
        for (Line line : lines) {
            layout.line(line);
        }
        layout.flush();
        return layout.blocks;
    }

    private void line(Line line) {
        // PDFs and word processors write non-breaking and other Unicode spaces; the patterns expect plain ones.
        String text = plainSpaces(line.text());
        if (text.isEmpty()) {
            flush();
            return;
        }
        // A gap before a line that starts in lower case, after text that has not ended, is a page break mid-sentence.
        boolean continues = paragraph.length() > 0 && !endsSentence() && Character.isLowerCase(text.charAt(0));
        if (line.gapBefore() && !continues) {
            flush();
        }
        Matcher paren = PAREN_LABEL.matcher(text);
        Matcher half = HALF_LABEL.matcher(text);
        Matcher bullet = BULLET.matcher(text);
        Matcher decimal = DECIMAL.matcher(text);
        Matcher article = ARTICLE.matcher(text);
        // "one\n(1) day of service": a label only where text has ended or a gap comes before it.
        boolean labelMayStart = paragraph.length() == 0 || line.gapBefore() || endsSentence();
        if ((paren.matches() || half.matches()) && labelMayStart) {
            Matcher m = paren.matches() ? paren : half;
            flush();
            if (m.group(2).isBlank()) {
                pendingLabel = m.group(1).toLowerCase(Locale.ROOT);
                return;
            }
            start(m.group(1).toLowerCase(Locale.ROOT), m.group(2), line.where());
        } else if (bullet.matches()) {
            flush();
            paragraphKind = Block.Kind.ITEM;
            listOpen = true;
            pendingLabel = "";
            append(bullet.group(1), line.where());
        } else if (article.matches() && paragraph.length() == 0) {
            heading(article.group(1), article.group(2), line);
        } else if (decimal.matches() && (paragraph.length() == 0 || line.gapBefore() || endsSentence())) {
            flush();
            heading(decimal.group(1), decimal.group(3), line);
        } else if (isCapitalsHeading(text) && paragraph.length() == 0) {
            blocks.add(new Block(Block.Kind.HEADING, 1, "", text, line.where()));
            listOpen = false;
        } else {
            append(text, line.where());
        }
    }

    /** PDFs and word processors write non-breaking and other Unicode spaces; the patterns expect plain ones. */
    static String plainSpaces(String text) {
        return text.replaceAll("[\\p{Zs}\\t]+", " ").strip();
    }

    /** A numbered line: a heading when short, a run-in heading and its text, or a numbered paragraph. */
    private void heading(String number, String rest, Line line) {
        int level = number.split("\\.").length;
        String stripped = rest.strip();
        if (isShortTitle(stripped)) {
            blocks.add(new Block(Block.Kind.HEADING, level, number, stripped.replaceAll("[.:]$", ""), line.where()));
            listOpen = false;
            return;
        }
        int stop = stripped.indexOf(". ");
        if (stop > 0 && isShortTitle(stripped.substring(0, stop)) && Character.isUpperCase(stripped.charAt(0))) {
            blocks.add(new Block(Block.Kind.HEADING, level, number, stripped.substring(0, stop), line.where()));
            listOpen = false;
            start(number, stripped.substring(stop + 2), line.where());
            paragraphKind = Block.Kind.PARAGRAPH;
            return;
        }
        listOpen = false;
        start(number, stripped, line.where());
        paragraphKind = Block.Kind.PARAGRAPH;
    }

    private void start(String label, String text, String where) {
        pendingLabel = label;
        paragraphKind = listOpen || endsLeadInOfPrevious() ? Block.Kind.ITEM : Block.Kind.PARAGRAPH;
        listOpen = paragraphKind == Block.Kind.ITEM;
        append(text, where);
    }

    private void append(String text, String where) {
        if (paragraph.length() == 0) {
            paragraphWhere = where;
            paragraph.append(text);
        } else if (paragraph.charAt(paragraph.length() - 1) == '-' && paragraph.length() > 1
                && Character.isLetter(paragraph.charAt(paragraph.length() - 2))) {
            paragraph.append(text);
        } else {
            paragraph.append(' ').append(text);
        }
    }

    private void flush() {
        if (paragraph.length() == 0) {
            return;
        }
        String text = paragraph.toString().strip();
        boolean leadIn = text.endsWith(":");
        blocks.add(new Block(paragraphKind, paragraphKind == Block.Kind.ITEM ? 1 : 0, pendingLabel, text, paragraphWhere));
        paragraph.setLength(0);
        pendingLabel = "";
        if (paragraphKind != Block.Kind.ITEM) {
            listOpen = false;
        }
        if (leadIn) {
            listOpen = false;
        }
        paragraphKind = Block.Kind.PARAGRAPH;
    }

    private boolean endsLeadIn() {
        return paragraph.toString().strip().endsWith(":");
    }

    private boolean endsLeadInOfPrevious() {
        if (blocks.isEmpty()) {
            return false;
        }
        Block last = blocks.get(blocks.size() - 1);
        return last.kind() != Block.Kind.HEADING && last.text().endsWith(":");
    }

    private boolean endsSentence() {
        String text = paragraph.toString().strip();
        return text.endsWith(".") || text.endsWith(":") || text.endsWith(";");
    }

    /** At most 8 words, no sentence inside it, and not a sentence with a verb of obligation. */
    static boolean isShortTitle(String text) {
        String[] words = text.split("\\s+");
        if (text.isEmpty() || words.length > 8 || text.matches(".*\\.\\s+\\S.*")) {
            return false;
        }
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        return !lower.matches(".*\\s(shall|must|will|should|may|is|are)\\s.*") && Character.isLetter(text.charAt(0))
                && (Character.isUpperCase(text.charAt(0)));
    }

    /** "TERMS AND CONDITIONS", "WEB HOSTING AGREEMENT": short, in capitals, not a sentence. */
    private static boolean isCapitalsHeading(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 3 && upper == letters && text.split("\\s+").length <= 8 && !text.endsWith(",")
                && !text.matches(".*\\s(SHALL|MUST|WILL|IS|ARE)\\s.*");
    }
}
