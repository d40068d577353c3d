package cspec.core.syntax.parse;

import cspec.core.syntax.ProseList;
import cspec.core.syntax.SourceRef;
import cspec.core.syntax.Str;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the bulleted lists in one prose region, as references are found: a line after the first
 * whose first non-blank character is {@code -}, {@code *} or {@code •} followed by a blank starts
 * an item. An item goes on over the lines indented deeper than its bullet; a blank line, or a
 * line that is neither an item nor indented deeper, ends the list. The lead-in is the paragraph
 * text before the first item. An item may begin with its source numbering, {@code (ref "a")}.
 */
final class ProseLists {
    private static final String BULLETS = "-*\u2022";
    private static final Pattern REF = Pattern.compile("\\(ref\\s+(\"([^\"\\n]*)\")\\)");

    private final String text;
    private final Span prose;
    private final List<Span> comments;

    private final List<ProseList> lists = new ArrayList<>();
    private final List<ProseList.ListItem> items = new ArrayList<>();
    private int leadInStart;
    private int leadInEnd;
    private int paragraphStart;
    private int lastTextEnd;
    private int itemStart = -1;
    private int itemMarkerColumn;
    private int itemEnd;
    private boolean afterBlankLine;

    private ProseLists(String text, Span prose, List<Span> comments) {
        this.text = text;
        this.prose = prose;
        this.comments = comments;
        this.paragraphStart = prose.start();
        this.lastTextEnd = prose.start();
    }

    static List<ProseList> of(String text, Span prose, List<Span> comments) {
        ProseLists scan = new ProseLists(text, prose, comments);
        scan.run();
        return scan.lists;
    }

    private void run() {
        int lineStart = prose.start();
        boolean firstLine = true;
        while (lineStart < prose.end()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > prose.end() ? prose.end() : lineEnd;
            int first = firstNonBlank(lineStart, lineEnd);
            if (first < 0) {
                afterBlankLine = true;
            } else if (!isComment(first)) {
                line(firstLine, lineStart, first, lastNonBlank(first, lineEnd));
            }
            firstLine = false;
            lineStart = lineEnd + 1;
        }
        closeList();
    }

    private void line(boolean firstLine, int lineStart, int first, int end) {
        int column = column(lineStart, first);
        boolean bullet = !firstLine && BULLETS.indexOf(text.charAt(first)) >= 0 && first + 1 < end
                && isBlank(text.charAt(first + 1));
        boolean listOpen = itemStart >= 0 || !items.isEmpty();
        if (afterBlankLine && !(bullet && listOpen)) {
            closeList();
            paragraphStart = -1;
        }
        afterBlankLine = false;
        if (bullet) {
            if (itemStart < 0 && items.isEmpty()) {
                leadInStart = paragraphStart < 0 ? first : paragraphStart;
                leadInEnd = paragraphStart < 0 ? first : lastTextEnd;
            }
            finishItem();
            itemStart = first;
            itemMarkerColumn = column;
            itemEnd = end;
        } else if (itemStart >= 0 && column > itemMarkerColumn) {
            itemEnd = end;
        } else {
            closeList();
            if (paragraphStart < 0) {
                paragraphStart = first;
            }
        }
        lastTextEnd = end;
    }

    private void finishItem() {
        if (itemStart < 0) {
            return;
        }
        Span marker = new Span(itemStart, itemStart + 1);
        int body = skipBlanks(itemStart + 1, itemEnd);
        SourceRef ref = null;
        Matcher m = REF.matcher(text).region(body, itemEnd);
        if (m.lookingAt()) {
            Span string = new Span(m.start(1), m.end(1));
            ref = new SourceRef(new Span(body + 1, m.end(1)), new Str(m.group(2), string));
            body = skipBlanks(m.end(), itemEnd);
        }
        items.add(new ProseList.ListItem(new Span(itemStart, itemEnd), marker, ref, new Span(body, itemEnd)));
        itemStart = -1;
    }

    private void closeList() {
        finishItem();
        if (!items.isEmpty()) {
            lists.add(new ProseList(new Span(leadInStart, Math.max(leadInStart, leadInEnd)), items));
            items.clear();
            paragraphStart = -1;
        }
    }

    private boolean isComment(int first) {
        // A loop, not a stream: asked for every line of every prose, almost always of no comments.
        for (Span comment : comments) {
            if (comment.start() == first) {
                return true;
            }
        }
        return false;
    }

    private int firstNonBlank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isBlank(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private int lastNonBlank(int from, int to) {
        int k = to;
        while (k > from && isBlank(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private int skipBlanks(int from, int to) {
        int k = from;
        while (k < to && isBlank(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private int column(int lineStart, int first) {
        int column = 0;
        for (int k = lineStart; k < first; k++) {
            column = text.charAt(k) == '\t' ? (column / 4 + 1) * 4 : column + 1;
        }
        return column;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || Character.isSpaceChar(c);
    }
}
