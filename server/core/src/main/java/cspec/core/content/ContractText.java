package cspec.core.content;

import cspec.core.catalog.Catalog;
import cspec.core.check.CheckContext;
import cspec.core.drafting.ClauseText;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Background;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Item;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text a part of a contract states, as units a content search reads: each requirement,
 * background, severity definition, definition and clause (its own wording, or its library's
 * wording with the contract's values and role words), plus the SLAs in that part.
 */
public final class ContractText {
    /**
     * One piece of text. base is the document offset of its first character; a library clause's
     * wording is not in the document, so its base is -1 and every span of it is the clause's ID.
     * item is the contract item the text belongs to. Its sentences are cut on the first read and
     * kept for every later search (a content search reads a unit's several times); a unit that is
     * never searched is never cut. contradictory-figures cuts each unit itself and lets the cut go
     * after it, so as not to keep the whole contract's words. The cut is a pure function of the
     * text, so the unit behaves as the immutable value it is.
     */
    public static final class Unit {
        private final String text;
        private final int base;
        private final Span at;
        private final Item item;
        private List<Sentences.Sentence> sentences;

        public Unit(String text, int base, Span at, Item item) {
            this.text = text;
            this.base = base;
            this.at = at;
            this.item = item;
        }

        public String text() {
            return text;
        }

        public int base() {
            return base;
        }

        public Span at() {
            return at;
        }

        public Item item() {
            return item;
        }

        /** The text cut into sentences, once. */
        public List<Sentences.Sentence> sentences() {
            if (sentences == null) {
                sentences = List.copyOf(Sentences.of(text));
            }
            return sentences;
        }

        public Span span(int start, int end) {
            return base < 0 ? at : new Span(base + start, base + end);
        }

        public boolean fromLibrary() {
            return base < 0;
        }
    }

    private final List<Unit> units;
    private final List<Sla> slas;

    private ContractText(List<Unit> units, List<Sla> slas) {
        this.units = List.copyOf(units);
        this.slas = List.copyOf(slas);
    }

    public List<Unit> units() {
        return units;
    }

    public List<Sla> slas() {
        return slas;
    }

    /** The text of these items and of every section nested in them. */
    public static ContractText of(List<Item> items, CheckContext context) {
        List<Unit> units = new ArrayList<>();
        List<Sla> slas = new ArrayList<>();
        collect(items, context, units, slas);
        return new ContractText(units, slas);
    }

    /** The text of one item: a section with its nested sections, a clause, a requirement. */
    public static ContractText of(Item item, CheckContext context) {
        return of(List.of(item), context);
    }

    private static void collect(List<Item> items, CheckContext context, List<Unit> units, List<Sla> slas) {
        for (Item item : items) {
            if (item instanceof Section section) {
                collect(section.items(), context, units, slas);
            } else if (item instanceof Requirement r) {
                add(units, r.prose(), r, context);
            } else if (item instanceof Background b) {
                add(units, b.prose(), b, context);
            } else if (item instanceof Clause c) {
                clause(c, context).ifPresent(units::add);
            } else if (item instanceof Definitions block) {
                block.entries().forEach(d -> add(units, d.prose(), block, context));
            } else if (item instanceof Sla sla) {
                slas.add(sla);
                for (SlaItem slaItem : sla.items()) {
                    if (slaItem instanceof Requirement r) {
                        add(units, r.prose(), r, context);
                    } else if (slaItem instanceof SlaLine.SeverityLevel level && level.prose() != null) {
                        add(units, level.prose(), sla, context);
                    }
                }
            }
        }
    }

    private static void add(List<Unit> units, Prose prose, Item item, CheckContext context) {
        if (prose != null) {
            units.add(new Unit(prose.maskedText(context.source()), prose.span().start(), prose.span(), item));
        }
    }

    /** A clause's own wording, else its library's wording as this contract takes it. */
    public static Optional<Unit> clause(Clause clause, CheckContext context) {
        if (clause.prose() != null) {
            Prose prose = clause.prose();
            return Optional.of(new Unit(prose.maskedText(context.source()), prose.span().start(), prose.span(), clause));
        }
        Optional<Catalog.ClauseEntry> entry = context.catalog().clause(clause.id().text());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String wording = String.join("\n\n", ClauseText.filledWording(entry.get(),
                ClauseText.values(clause, context.file().document()), RoleWords.of(context.file().document())));
        return Optional.of(new Unit(wording, -1, clause.id().span(), clause));
    }
}
