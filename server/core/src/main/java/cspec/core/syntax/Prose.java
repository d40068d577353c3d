package cspec.core.syntax;

import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Free text the parties sign: the rest of the line after ':' or 'means' plus the lines indented
 * under it. {@code span} runs from the first to the last prose character; {@code comments} are
 * comment lines inside it, which are neither prose nor its end; {@code lists} are the bulleted
 * lists it holds, recognised as references are. Prose is never parsed for structure, only analysed.
 */
public record Prose(Span span, List<Span> comments, List<ProseList> lists) {
    public Prose {
        comments = List.copyOf(comments);
        lists = List.copyOf(lists);
    }

    public Prose(Span span, List<Span> comments) {
        this(span, comments, List.of());
    }

    /** Every list item of this prose, in order. */
    public List<ProseList.ListItem> listItems() {
        // Most prose has no list; the stream this loop replaced was half a percent of a batch lint.
        if (lists.isEmpty()) {
            return List.of();
        }
        List<ProseList.ListItem> items = new ArrayList<>();
        for (ProseList list : lists) {
            items.addAll(list.items());
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * The prose text with comment lines blanked out by spaces, so that index i in the result is
     * offset span.start + i in the document, and analyses can match across line breaks.
     */
    public String maskedText(SourceText source) {
        String raw = source.slice(span);
        if (comments.isEmpty()) {
            return raw;
        }
        char[] chars = raw.toCharArray();
        for (Span comment : comments) {
            for (int i = comment.start(); i < comment.end(); i++) {
                chars[i - span.start()] = ' ';
            }
        }
        return new String(chars);
    }
}
