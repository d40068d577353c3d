package cspec.accuracy.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the text a filing adds around the contract: page numbers, "Source:" filing lines,
 * exhibit markers, running headers and footers, separator rules and tables of contents.
 *
 * <p>It works on <em>pieces</em>: the parts of a line between runs of three or more spaces. The
 * plain-text filings turned the original line breaks and page layout into such runs, so a piece
 * is usually one line of the printed page, and a page number or a running header is a piece of
 * its own even when it sits in the middle of a sentence that continues on the next page. A
 * dropped piece becomes a run of spaces, so the words on both sides keep their order and the
 * sentence reads on.
 */
public final class PageFurniture {
    /** What was dropped, by kind, and the text that is left. */
    public record Cleaned(String text, Map<String, Integer> dropped) {
        public Cleaned {
            dropped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(dropped));
        }

        public int droppedTotal() {
            return dropped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static final String PAGE_NUMBER = "page number";
    public static final String FILING_LINE = "filing \"Source:\" line";
    public static final String EXHIBIT_MARKER = "exhibit marker";
    public static final String REPEATED_LINE = "running header or footer (a line repeated 3 or more times)";
    public static final String SEPARATOR = "separator rule";
    public static final String CONTENTS = "table of contents line";

    private static final Pattern PIECE_SEPARATOR = Pattern.compile(" {3,}");
    private static final Pattern PAGE_NUMBER_PIECE = Pattern.compile(
            "(?:-\\s*)?\\d{1,3}(?:\\s*-)?|-\\s*[ivxlc]{1,5}\\s*-|(?:page|PAGE|Page)\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?");
    private static final Pattern FILING_PIECE = Pattern.compile("Source:\\s.*");
    private static final Pattern EXHIBIT_PIECE = Pattern.compile("(?i:exhibit|ex-)\\s*\\d{1,3}(?:\\.\\d{1,3})*[A-Za-z]?\\.?");
    private static final Pattern LEADING_EXHIBIT = Pattern.compile("\\A\\s*(?i:exhibit)\\s+\\d{1,3}(?:\\.\\d{1,3})*[A-Za-z]?\\.?(?=\\s)");
    private static final Pattern SEPARATOR_PIECE = Pattern.compile("[-_=~.]{4,}");
    /** Footers that the one-line filings carry inside a paragraph, with no layout spaces around them. */
    private static final Pattern INLINE_PAGE_FOOTER = Pattern.compile(
            "(?:Confidential\\s+)?Page\\s+\\d{1,3}\\s+of\\s+\\d{1,3}(?:\\s+Initials:\\s+(?:[A-Z]{1,3}\\s+){0,4}Version\\s+\\S+)?");
    private static final Pattern GLUED_PAGE_NUMBER = Pattern.compile("\\s*\\d{1,3}(?= [\\p{L}(])");
    /** "... for any reason. 11" or "... by the Consultant. - 2 -" at the end of a page: the number is the page's. */
    private static final Pattern TRAILING_PAGE_NUMBER = Pattern.compile("[.;:] (?:- ?)?\\d{1,3}(?: ?-)?\\s*$");
    private static final Pattern MID_SENTENCE_END = Pattern.compile("[\\p{L},]$");
    /** Punctuation inside a piece, or a piece that stops on a connecting word: a line of wrapped text, not a header. */
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("[;:,] \\S|[a-z]{2,}\\. [A-Z]");
    private static final Pattern FRAGMENT_END = Pattern.compile(
            "(?i)(?:[,;]|\\b(?:and|or|the|of|to|a|an|in|for|by|with|that|which|is|are|be|on|at|as|from|any|all|its|their|this))$");
    /** "May 2004" in a footer is a date, not the verb. */
    private static final Pattern MONTH_AND_YEAR = Pattern.compile("\\bMay\\s+(?:\\d{1,2},?\\s+)?\\d{4}\\b");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:shall|must|will|should|may|agrees?\\s+to)\\b");

    private PageFurniture() {
    }

    public static Cleaned strip(String text) {
        Map<String, Integer> dropped = new TreeMap<>();
        String normal = normalise(text);
        Matcher leading = LEADING_EXHIBIT.matcher(normal);
        if (leading.find()) {
            normal = " ".repeat(leading.end()) + normal.substring(leading.end());
            dropped.merge(EXHIBIT_MARKER, 1, Integer::sum);
        }
        normal = dropInlineFooters(normal, dropped);
        List<String> lines = List.of(normal.split("\n", -1));
        boolean[] contents = ContentsTable.lines(lines);
        List<String> outsideContents = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!contents[i]) {
                outsideContents.add(lines.get(i));
            }
        }
        Map<String, Integer> repeats = countPieces(outsideContents);
        StringBuilder out = new StringBuilder(normal.length());
        for (int i = 0; i < lines.size(); i++) {
            if (contents[i]) {
                dropped.merge(CONTENTS, 1, Integer::sum);
                out.append('\n');
            } else {
                out.append(cleanLine(lines.get(i), repeats, dropped)).append('\n');
            }
        }
        out.setLength(out.length() - 1);
        return new Cleaned(dropGluedPageNumbers(out.toString(), dropped), dropped);
    }

    /**
     * Line ends to LF; form feeds to blank lines; tabs and other spaces to plain spaces; control
     * characters and zero-width characters out. Nothing else changes.
     */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\f') {
                out.append("\n\n");
            } else if (c == '\n') {
                out.append('\n');
            } else if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String dropInlineFooters(String text, Map<String, Integer> dropped) {
        Matcher m = INLINE_PAGE_FOOTER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append("   ");
            dropped.merge(PAGE_NUMBER, 1, Integer::sum);
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * A page number glued by one space to the text around it. A paragraph that opens with a bare
     * number, after a paragraph that stopped in the middle of a sentence (on a word or a comma),
     * opens with a page number: "... and any additional time" / blank lines / "3 exceeding such
     * allocation will be billed". A bare number after a sentence's end, at the end of a paragraph,
     * closes a page: "... shall survive expiry of this Agreement. 11".
     */
    private static String dropGluedPageNumbers(String text, Map<String, Integer> dropped) {
        String[] lines = text.split("\n", -1);
        String lastText = "";
        boolean afterBlank = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                afterBlank = true;
                continue;
            }
            Matcher m = GLUED_PAGE_NUMBER.matcher(lines[i]);
            if (afterBlank && MID_SENTENCE_END.matcher(lastText).find() && m.lookingAt()) {
                lines[i] = " ".repeat(m.end()) + lines[i].substring(m.end());
                dropped.merge(PAGE_NUMBER, 1, Integer::sum);
            }
            boolean beforeBlank = i + 1 >= lines.length || lines[i + 1].isBlank();
            Matcher trailing = TRAILING_PAGE_NUMBER.matcher(lines[i]);
            if (beforeBlank && trailing.find()) {
                lines[i] = lines[i].substring(0, trailing.start() + 1) + " ".repeat(trailing.end() - trailing.start() - 1);
                dropped.merge(PAGE_NUMBER, 1, Integer::sum);
            }
            lastText = lines[i].stripTrailing();
            afterBlank = false;
        }
        return String.join("\n", lines);
    }

    /**
     * How often each piece occurs, with numbers folded and case ignored, so "Page 3", "PAGE 4"
     * and "Page 1 3" (a number typed with a space) count as one.
     */
    private static Map<String, Integer> countPieces(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            for (String piece : PIECE_SEPARATOR.split(line)) {
                String strip = piece.strip();
                if (!strip.isEmpty()) {
                    counts.merge(fold(strip), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String fold(String piece) {
        return piece.replaceAll("\\d+(?: \\d+)*", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String cleanLine(String line, Map<String, Integer> repeats, Map<String, Integer> dropped) {
        StringBuilder out = new StringBuilder(line.length());
        Matcher separator = PIECE_SEPARATOR.matcher(line);
        int last = 0;
        while (separator.find()) {
            appendPiece(out, line.substring(last, separator.start()), repeats, dropped);
            out.append(separator.group());
            last = separator.end();
        }
        appendPiece(out, line.substring(last), repeats, dropped);
        return out.toString();
    }

    private static void appendPiece(StringBuilder out, String piece, Map<String, Integer> repeats, Map<String, Integer> dropped) {
        String kind = furnitureKind(piece.strip(), repeats);
        if (kind == null) {
            out.append(piece);
        } else {
            dropped.merge(kind, 1, Integer::sum);
            out.append(" ".repeat(Math.max(3, piece.length())));
        }
    }

    /** The kind of furniture a whole piece is, or null when it is contract text. */
    static String furnitureKind(String piece, Map<String, Integer> repeats) {
        if (piece.isEmpty()) {
            return null;
        }
        if (PAGE_NUMBER_PIECE.matcher(piece).matches()) {
            return PAGE_NUMBER;
        }
        if (FILING_PIECE.matcher(piece).matches()) {
            return FILING_LINE;
        }
        if (EXHIBIT_PIECE.matcher(piece).matches()) {
            return EXHIBIT_MARKER;
        }
        if (SEPARATOR_PIECE.matcher(piece).matches()) {
            return SEPARATOR;
        }
        if (isRunningLine(piece, repeats)) {
            return REPEATED_LINE;
        }
        return null;
    }

    /**
     * A running header or footer: a piece of 8 to 150 characters found 3 or more times outside
     * the table of contents, with a letter in it. A piece that reads like a line of wrapped text
     * is never a running line, however often it repeats (schedules repeat whole paragraphs): one
     * that starts in lower case, has punctuation inside, stops on a comma or a word such as "and"
     * or "the", or ends a sentence of more than three words. Nor are redactions (stars) and
     * anything with an obligation verb ("May 2004" is a date, not one).
     */
    private static boolean isRunningLine(String piece, Map<String, Integer> repeats) {
        if (piece.length() < 8 || piece.length() > 150 || piece.indexOf('*') >= 0) {
            return false;
        }
        String withoutDates = MONTH_AND_YEAR.matcher(piece).replaceAll(" ");
        if (!piece.chars().anyMatch(Character::isLetter) || MODAL.matcher(withoutDates).find()) {
            return false;
        }
        if (Character.isLowerCase(piece.charAt(0)) || INNER_PUNCTUATION.matcher(piece).find()
                || FRAGMENT_END.matcher(piece).find() || piece.endsWith(".") && piece.split("\\s+").length > 3) {
            return false;
        }
        return repeats.getOrDefault(fold(piece), 0) >= 3;
    }
}
