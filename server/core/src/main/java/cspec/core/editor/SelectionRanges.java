package cspec.core.editor;

import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.Item;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.SpecFile;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * "Expand selection": from the word at the cursor outwards through its name, prose, item and
 * the sections around it, to the whole document. Each span holds the one before it.
 */
public final class SelectionRanges {
    private SelectionRanges() {
    }

    /** The spans holding the offset, innermost first, each strictly larger than the previous. */
    public static List<Span> at(SpecFile file, int offset) {
        List<Span> candidates = new ArrayList<>();
        candidates.add(word(file.source().text(), offset));
        collect(file.document(), candidates);
        candidates.add(new Span(0, file.source().length()));
        List<Span> holding = new ArrayList<>(candidates.stream()
                .filter(s -> s != null && s.contains(offset)).toList());
        holding.sort(Comparator.comparingInt(Span::length));
        LinkedHashSet<Span> chain = new LinkedHashSet<>();
        Span previous = null;
        for (Span s : holding) {
            if (previous == null || (s.covers(previous) && !s.equals(previous))) {
                chain.add(s);
                previous = s;
            }
        }
        return List.copyOf(chain);
    }

    private static Span word(String text, int offset) {
        int start = Math.min(offset, text.length());
        int end = start;
        while (start > 0 && Ids.isIdChar(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && Ids.isIdChar(text.charAt(end))) {
            end++;
        }
        return new Span(start, end);
    }

    private static void collect(Document document, List<Span> out) {
        if (document instanceof Contract contract) {
            out.add(contract.span());
            contract.fields().forEach(f -> out.add(f.span()));
            items(contract.items(), out);
        } else if (document instanceof Profile profile) {
            out.add(profile.span());
            for (Profile.Expectation e : profile.expectations()) {
                out.add(e.span());
                if (e.guidance() != null) {
                    out.add(e.guidance().span());
                }
            }
        } else if (document instanceof Library library) {
            out.add(library.span());
            library.clauses().forEach(c -> clause(c, out));
        }
    }

    private static void items(List<Item> items, List<Span> out) {
        for (Item item : items) {
            out.add(item.span());
            if (item instanceof Section section) {
                out.add(section.id() == null ? item.span() : section.id().span());
                items(section.items(), out);
            } else if (item instanceof Requirement r) {
                requirement(r, out);
            } else if (item instanceof Sla sla) {
                for (SlaItem slaItem : sla.items()) {
                    out.add(slaItem.span());
                    if (slaItem instanceof Requirement r) {
                        requirement(r, out);
                    } else if (slaItem instanceof SlaLine.SeverityLevel level && level.prose() != null) {
                        out.add(level.prose().span());
                    }
                }
            } else if (item instanceof Clause clause) {
                clause(clause, out);
            } else if (item instanceof Definitions definitions) {
                for (Definitions.Definition d : definitions.entries()) {
                    out.add(d.span());
                    out.add(d.term().span());
                    out.add(d.prose().span());
                }
            }
        }
    }

    private static void requirement(Requirement r, List<Span> out) {
        out.add(r.header());
        if (r.prose() != null) {
            out.add(r.prose().span());
        }
        if (r.id() != null) {
            out.add(r.id().span());
        }
    }

    private static void clause(Clause c, List<Span> out) {
        out.add(c.span());
        if (c.id() != null) {
            out.add(c.id().span());
        }
        if (c.prose() != null) {
            out.add(c.prose().span());
        }
    }
}
