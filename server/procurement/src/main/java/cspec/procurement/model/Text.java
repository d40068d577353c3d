package cspec.procurement.model;

import cspec.core.syntax.Prose;
import cspec.core.syntax.ProseList;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Prose as a reader sees it: paragraphs and bulleted lists, each with its whitespace and line
 * breaks collapsed, comment lines left out. Lists come from the tree ({@link Prose#lists()}),
 * so an item keeps the source's own numbering ({@code (ref "a")}).
 */
public record Text(List<Block> blocks) {
    public Text {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph, or a list (paragraph null, items given). One record, so templates can test for either. */
    public record Block(String paragraph, List<Item> items) {
        public Block {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean isList() {
            return paragraph == null;
        }
    }

    /** A list item: the source's numbering (or null) and its words. */
    public record Item(String ref, String text) {
    }

    public static Text of(Prose prose, SourceText source) {
        if (prose == null) {
            return new Text(List.of());
        }
        String masked = prose.maskedText(source);
        int base = prose.span().start();
        List<Block> blocks = new ArrayList<>();
        int at = base;
        for (ProseList list : prose.lists()) {
            if (list.items().isEmpty()) {
                continue;
            }
            int listStart = list.items().get(0).span().start();
            paragraphs(masked.substring(at - base, Math.max(at, listStart) - base), blocks);
            List<Item> items = new ArrayList<>();
            for (ProseList.ListItem item : list.items()) {
                String ref = item.sourceRef() == null ? null : item.sourceRef().number().value();
                items.add(new Item(ref, collapse(slice(masked, base, item.text()))));
            }
            blocks.add(new Block(null, items));
            at = list.items().get(list.items().size() - 1).span().end();
        }
        paragraphs(masked.substring(Math.min(at - base, masked.length())), blocks);
        return new Text(blocks);
    }

    /** All the words on one line, lists included ("lead-in: a; b"), for a matrix cell or a comparison. */
    public String plain() {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.isList()) {
                parts.add(block.paragraph());
                continue;
            }
            for (Item item : block.items()) {
                parts.add((item.ref() == null ? "- " : "(" + item.ref() + ") ") + item.text());
            }
        }
        return String.join(" ", parts);
    }

    private static String slice(String masked, int base, Span span) {
        int start = Math.max(0, span.start() - base);
        int end = Math.min(masked.length(), span.end() - base);
        return start < end ? masked.substring(start, end) : "";
    }

    private static void paragraphs(String text, List<Block> into) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String words = collapse(paragraph);
            if (!words.isEmpty()) {
                into.add(new Block(words, null));
            }
        }
    }

    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
