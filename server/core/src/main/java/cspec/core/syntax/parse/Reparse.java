package cspec.core.syntax.parse;

import cspec.core.syntax.Comment;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Item;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SpecFile;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A new version of a contract parsed by re-reading only the top-level block the edit lies in
 * (a section, an SLA or the definitions), the items before it kept and those after it moved.
 * The edit is what differs between the two texts (their common start and end). It is taken only
 * where it must give what a full parse gives:
 *
 * <ul>
 * <li>the previous version parsed without a single problem, so no error recovery shaped its tree;
 * <li>the edit starts after the block's first character and ends before its end, so the text
 * before and after the block is unchanged, and the prose of the item before it still ends at the
 * block's unchanged first line;
 * <li>the block's new text, from the start of its first line, lexes and parses alone as exactly
 * one item ending with its '}', without a problem, and nothing but blanks follows that '}' on its
 * line: the lexer is then in the same state after it as before the edit, so the tokens after it
 * are the same, and the grammar's one parse of the whole is the items before, this one and the
 * items after.
 * </ul>
 *
 * Anything else returns null, and the caller parses the whole text.
 */
final class Reparse {
    private Reparse() {
    }

    static SpecFile of(SpecFile previous, SourceText source) {
        if (!previous.syntaxErrors().isEmpty() || !(previous.document() instanceof Contract contract)) {
            return null;
        }
        String before = previous.source().text();
        String after = source.text();
        int common = commonStart(before, after);
        if (common == before.length() && common == after.length()) {
            return new SpecFile(source, contract, previous.comments(), List.of());
        }
        int commonEnd = commonEnd(before, after, common);
        int editEnd = before.length() - commonEnd;
        int by = after.length() - before.length();
        List<Item> items = contract.items();
        int index = blockAround(items, common, editEnd);
        if (index < 0) {
            return null;
        }
        Item old = items.get(index);
        int from = lineStart(before, old.span().start());
        int to = old.span().end() + by;
        if (!blankToLineEnd(after, to)) {
            return null;
        }
        List<Comment> blockComments = new ArrayList<>();
        Item item = ParseRun.cleanItem(source, from, to, blockComments);
        if (item == null) {
            return null;
        }
        List<Item> newItems = new ArrayList<>(items.size());
        newItems.addAll(items.subList(0, index));
        newItems.add(item);
        newItems.addAll(Moved.items(items.subList(index + 1, items.size()), by));
        Contract reparsed = new Contract(contract.span(), contract.title(), contract.fields(), newItems);
        return new SpecFile(source, reparsed, comments(previous.comments(), blockComments, from, old.span().end(), by),
                List.of());
    }

    /** The top-level block (section, SLA, definitions) that holds the edit [start, end) after its first character. */
    private static int blockAround(List<Item> items, int start, int end) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.span().start() < start && end <= item.span().end()) {
                boolean block = item instanceof Section || item instanceof Sla || item instanceof Definitions;
                return block ? i : -1;
            }
            if (item.span().start() >= end) {
                return -1;
            }
        }
        return -1;
    }

    /** The comments before the block, the block's own, and those after it moved. */
    private static List<Comment> comments(List<Comment> previous, List<Comment> block, int from, int oldEnd, int by) {
        List<Comment> out = new ArrayList<>(previous.size() + block.size());
        List<Comment> after = new ArrayList<>();
        for (Comment c : previous) {
            if (c.span().end() <= from) {
                out.add(c);
            } else if (c.span().start() >= oldEnd) {
                after.add(c);
            }
        }
        block.sort(Comparator.comparingInt(c -> c.span().start()));
        out.addAll(block);
        out.addAll(Moved.comments(after, by));
        return out;
    }

    private static int commonStart(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The length of the common end of a and b that does not reach into their common start. */
    private static int commonEnd(String a, String b, int commonStart) {
        int n = Math.min(a.length(), b.length()) - commonStart;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static boolean blankToLineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
