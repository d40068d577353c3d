package cspec.core.editor;

import cspec.core.syntax.Comment;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.Item;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SpecFile;
import cspec.core.text.LineIndex;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What an editor can fold: blocks (contract header, sections, SLAs, definitions, profiles,
 * libraries), items whose prose runs over several lines, and runs of two or more comment lines.
 * Only spans that cross a line break are offered.
 */
public final class Folding {
    /** A foldable span; comment folds are the ones an editor may collapse as comments. */
    public record Fold(Span span, boolean comment) {
    }

    private Folding() {
    }

    public static List<Fold> of(SpecFile file) {
        List<Fold> folds = new ArrayList<>();
        LineIndex lines = file.source().lines();
        Document document = file.document();
        if (document instanceof Contract contract) {
            add(folds, lines, contract.span(), false);
            items(contract.items(), lines, folds);
        } else if (document instanceof Profile profile) {
            add(folds, lines, profile.span(), false);
            profile.expectations().forEach(e -> add(folds, lines, e.span(), false));
        } else if (document instanceof Library library) {
            add(folds, lines, library.span(), false);
            library.clauses().forEach(c -> add(folds, lines, c.span(), false));
        }
        comments(file.comments(), lines, folds);
        return folds;
    }

    private static void items(List<Item> items, LineIndex lines, List<Fold> folds) {
        for (Item item : items) {
            add(folds, lines, item.span(), false);
            if (item instanceof Section section) {
                items(section.items(), lines, folds);
            } else if (item instanceof Sla sla) {
                for (SlaItem slaItem : sla.items()) {
                    add(folds, lines, slaItem.span(), false);
                }
            } else if (item instanceof Definitions definitions) {
                definitions.entries().forEach(d -> add(folds, lines, d.span(), false));
            }
        }
    }

    private static void comments(List<Comment> comments, LineIndex lines, List<Fold> folds) {
        int previousLine = -2;
        Span first = null;
        Span last = null;
        for (Comment c : comments) {
            int line = lines.lineOf(c.span().start());
            if (line != previousLine + 1) {
                if (first != null && first != last) {
                    folds.add(new Fold(first.union(last), true));
                }
                first = c.span();
            }
            last = c.span();
            previousLine = line;
        }
        if (first != null && first != last) {
            folds.add(new Fold(first.union(last), true));
        }
    }

    private static void add(List<Fold> folds, LineIndex lines, Span span, boolean comment) {
        if (span != null && span.length() > 0 && lines.lineOf(span.start()) < lines.lineOf(span.end() - 1)) {
            folds.add(new Fold(span, comment));
        }
    }
}
