package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture of a paged document: page numbers, and lines that repeat at the top or the bottom
 * of two or more pages (running headers and footers, figures aside). A repeated line at the top
 * of the first page is the document's title and stays there.
 */
final class Furniture {
    /** How many lines at the top and the bottom of a page can be furniture. */
    private static final int ZONE = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s+)?[-\u2013]?\\s*\\d{1,4}\\s*[-\u2013]?(?:\\s+of\\s+\\d{1,4})?$");

    private Furniture() {
    }

    /** A page's lines, where each was, and which to keep; the rest are dropped with their reason. */
    static List<LineLayout.Line> keep(List<List<LineLayout.Line>> pages, List<Dropped> dropped) {
        Map<String, Set<Integer>> repeats = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<LineLayout.Line> page = pages.get(p);
            Set<Integer> zone = new HashSet<>(zone(page));
            for (int i = 0; i < page.size(); i++) {
                if (zone.contains(i) || isRunningHead(page.get(i).text()) || !page.get(i).text().isBlank()) {
                    repeats.computeIfAbsent(key(page.get(i).text()), k -> new HashSet<>()).add(p);
                }
            }
        }
        List<LineLayout.Line> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<LineLayout.Line> page = pages.get(p);
            Set<Integer> zone = new HashSet<>(zone(page));
            boolean top = true;
            Boolean gapCarried = null;
            for (int i = 0; i < page.size(); i++) {
                LineLayout.Line line = page.get(i);
                String text = LineLayout.plainSpaces(line.text());
                if (text.isEmpty()) {
                    kept.add(line);
                    continue;
                }
                boolean repeated = repeats.getOrDefault(key(text), Set.of()).size() > 1;
                boolean afterDropped = gapCarried != null;
                String why = PAGE_NUMBER.matcher(text).matches() && (zone.contains(i) || line.gapBefore() || afterDropped)
                        ? "page number"
                        : pages.size() > 1 && repeated && (zone.contains(i) || isRunningHead(text) || isRepeatedNote(text, i, page, repeats))
                                && !(p == 0 && top) ? "repeated on " + repeats.get(key(text)).size() + " pages" : null;
                top &= why == null && i < ZONE;
                if (why == null) {
                    // The gap before dropped furniture belongs to the line after it: a page break is no paragraph break.
                    kept.add(gapCarried == null ? line : new LineLayout.Line(line.text(), line.where(), gapCarried));
                    gapCarried = null;
                } else {
                    dropped.add(new Dropped(line.where(), text, why));
                    gapCarried = gapCarried == null ? line.gapBefore() : gapCarried;
                }
            }
        }
        return kept;
    }

    /**
     * A line that can be a running head anywhere on a page (a PDF's reading order does not always put
     * it first): short and in capitals, like "ACME CORPORATION" or "HOSTING AGREEMENT".
     */
    private static boolean isRunningHead(String line) {
        String text = LineLayout.plainSpaces(line);
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 4 && upper * 10 >= letters * 8 && text.split("\\s+").length <= 8;
    }

    /**
     * A footnote printed on every page ("[*] Confidential portions omitted and filed separately with the
     * Securities and" / "Exchange Commission."): a line of three words or more on three pages or more, and
     * the line after it when that repeats as often.
     */
    private static boolean isRepeatedNote(String text, int i, List<LineLayout.Line> page, Map<String, Set<Integer>> repeats) {
        int pages = repeats.getOrDefault(key(text), Set.of()).size();
        if (pages < 3) {
            return false;
        }
        if (text.split("\\s+").length >= 3) {
            return true;
        }
        return i > 0 && repeats.getOrDefault(key(page.get(i - 1).text()), Set.of()).size() >= 3
                && LineLayout.plainSpaces(page.get(i - 1).text()).split("\\s+").length >= 3;
    }

    /** The indexes of the first and last few non-blank lines of a page. */
    private static List<Integer> zone(List<LineLayout.Line> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).text().isBlank()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> zone = new java.util.TreeSet<>();
        for (int k = 0; k < nonBlank.size(); k++) {
            if (k < ZONE || k >= nonBlank.size() - ZONE) {
                zone.add(nonBlank.get(k));
            }
        }
        return new ArrayList<>(zone);
    }

    /** Lines differing only in their figures (page 2, page 3) or spacing are the same furniture. */
    private static String key(String line) {
        return LineLayout.plainSpaces(line).replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
