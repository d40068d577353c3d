package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;

/**
 * A list inside prose: the lead-in text, then lines that start with {@code - } (or {@code * },
 * {@code • }). Items continue the lead-in ("The Provider must:" then "- monitor ..."), so they
 * take its actor and modal verb; a list is one requirement, not several.
 */
public record ProseList(Span leadIn, List<ListItem> items) {
    public ProseList {
        items = List.copyOf(items);
    }

    /**
     * One item: span runs from its marker to its last character; marker is the bullet; text is
     * what follows the marker and the optional {@code (ref "a")}, which sourceRef holds (or null).
     */
    public record ListItem(Span span, Span marker, SourceRef sourceRef, Span text) {
    }
}
