package cspec.accuracy.convert;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a filing's table of contents, which is not contract text: its lines look like headings
 * and would open empty sections. A line is part of the table when it is a "Contents" or "Table of
 * Contents" title; when it lists three or more entries "title page" with no sentence in it; or,
 * after a title, when it lists numbered titles ("1. DEFINITIONS 1.1 Background 1.2 Definitions"),
 * even without page numbers. No line with an obligation verb is ever part of the table.
 */
final class ContentsTable {
    private static final Pattern TITLE = Pattern.compile("(?i)\\s*(?:table\\s+of\\s+)?contents\\s*");
    /** An entry: an optional clause number, a short title, then a page number. */
    private static final Pattern ENTRY = Pattern.compile(
            "(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?[A-Z][A-Za-z ,&'()/-]{1,80}?\\s+\\d{1,3}");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("\\b\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s+[A-Z]");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:shall|must|will|should|may|agrees?\\s+to)\\b");

    private ContentsTable() {
    }

    /** For each line, whether it belongs to a table of contents. */
    static boolean[] lines(List<String> lines) {
        boolean[] contents = new boolean[lines.size()];
        boolean afterTitle = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (TITLE.matcher(line).matches()) {
                afterTitle = true;
                contents[i] = true;
                continue;
            }
            boolean entries = hasPagedEntries(line);
            afterTitle = afterTitle && (entries || listsNumberedTitles(line));
            contents[i] = afterTitle || entries;
        }
        return contents;
    }

    /** Three or more entries "title page", covering most of the line, with no sentence in it. */
    static boolean hasPagedEntries(String line) {
        String strip = line.strip();
        if (strip.isEmpty() || MODAL.matcher(strip).find() || strip.matches(".*[a-z][.;:] .*")) {
            return false;
        }
        Matcher m = ENTRY.matcher(strip);
        int entries = 0;
        int covered = 0;
        while (m.find()) {
            entries++;
            covered += m.end() - m.start();
        }
        return entries >= 3 && covered * 10 >= strip.length() * 7;
    }

    private static boolean listsNumberedTitles(String line) {
        String strip = line.strip();
        if (MODAL.matcher(strip).find() || strip.matches(".*[a-z]{2,}\\. [A-Z].*")) {
            return false;
        }
        return NUMBERED_TITLE.matcher(strip).find();
    }
}
