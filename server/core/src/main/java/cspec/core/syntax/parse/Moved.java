package cspec.core.syntax.parse;

import cspec.core.syntax.Background;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Comment;
import cspec.core.syntax.CoverageWindow;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Duration;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Item;
import cspec.core.syntax.Prose;
import cspec.core.syntax.ProseList;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.SourceRef;
import cspec.core.syntax.Str;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of a contract body, and its comments, moved by a number of characters: what a
 * re-parse keeps of the items after an edited one, whose text is unchanged but now starts
 * elsewhere. Every span in them moves; nothing else changes. {@code MovedTest} checks the result
 * against a parse of the same text after that many line breaks, so a field left unmoved here fails it.
 */
final class Moved {
    private final int by;

    private Moved(int by) {
        this.by = by;
    }

    static List<Item> items(List<Item> items, int by) {
        Moved moved = new Moved(by);
        List<Item> out = new ArrayList<>(items.size());
        for (Item item : items) {
            out.add(moved.item(item));
        }
        return out;
    }

    static List<Comment> comments(List<Comment> comments, int by) {
        Moved moved = new Moved(by);
        List<Comment> out = new ArrayList<>(comments.size());
        for (Comment c : comments) {
            out.add(new Comment(moved.span(c.span()), c.text()));
        }
        return out;
    }

    private Item item(Item item) {
        if (item instanceof Section s) {
            return new Section(span(s.span()), ident(s.id()), str(s.title()), map(s.items(), this::item));
        }
        if (item instanceof Requirement r) {
            return requirement(r);
        }
        if (item instanceof Background b) {
            return new Background(span(b.span()), span(b.keyword()), ident(b.id()), sourceRef(b.sourceRef()), prose(b.prose()));
        }
        if (item instanceof Sla s) {
            return new Sla(span(s.span()), ident(s.id()), str(s.title()), map(s.items(), this::slaItem));
        }
        if (item instanceof Clause c) {
            return new Clause(span(c.span()), ident(c.id()), str(c.title()), map(c.arguments(), this::argument),
                    prose(c.prose()));
        }
        Definitions d = (Definitions) item;
        return new Definitions(span(d.span()), map(d.entries(),
                e -> new Definitions.Definition(span(e.span()), str(e.term()), prose(e.prose()))));
    }

    private Requirement requirement(Requirement r) {
        return new Requirement(span(r.span()), span(r.header()), r.modality(), span(r.modalityKeyword()), ident(r.id()),
                map(r.attributes(), this::attribute), prose(r.prose()));
    }

    private Requirement.Attribute attribute(Requirement.Attribute a) {
        if (a instanceof Requirement.Attribute.Weight w) {
            return new Requirement.Attribute.Weight(span(w.span()), w.value());
        }
        if (a instanceof Requirement.Attribute.By b) {
            return new Requirement.Attribute.By(span(b.span()), b.date());
        }
        Requirement.Attribute.Ref r = (Requirement.Attribute.Ref) a;
        return new Requirement.Attribute.Ref(span(r.span()), sourceRef(r.ref()));
    }

    private Clause.Argument argument(Clause.Argument a) {
        return new Clause.Argument(span(a.span()), ident(a.name()), a.value(), span(a.valueSpan()), a.quoted());
    }

    private SlaItem slaItem(SlaItem item) {
        return item instanceof Requirement r ? requirement(r) : slaLine((SlaLine) item);
    }

    private SlaLine slaLine(SlaLine line) {
        if (line instanceof SlaLine.Measured m) {
            return new SlaLine.Measured(span(m.span()), m.period());
        }
        if (line instanceof SlaLine.Coverage c) {
            return new SlaLine.Coverage(span(c.span()), c.kind(), map(c.windows(), this::window), str(c.zone()));
        }
        if (line instanceof SlaLine.Availability a) {
            return new SlaLine.Availability(span(a.span()), a.percent(), span(a.percentSpan()));
        }
        if (line instanceof SlaLine.SeverityLevel s) {
            return new SlaLine.SeverityLevel(span(s.span()), ident(s.id()), str(s.label()), map(s.timers(), this::timer),
                    prose(s.prose()));
        }
        if (line instanceof SlaLine.TimerName t) {
            return new SlaLine.TimerName(span(t.span()), ident(t.id()), str(t.label()));
        }
        if (line instanceof SlaLine.Report r) {
            return new SlaLine.Report(span(r.span()), r.period());
        }
        if (line instanceof SlaLine.Credit c) {
            return new SlaLine.Credit(span(c.span()), c.percent(), span(c.percentSpan()), c.cap(), span(c.capSpan()));
        }
        if (line instanceof SlaLine.Bonus b) {
            return new SlaLine.Bonus(span(b.span()), b.percent(), span(b.percentSpan()), b.cap(), span(b.capSpan()));
        }
        SlaLine.Metric m = (SlaLine.Metric) line;
        return new SlaLine.Metric(span(m.span()), ident(m.id()), str(m.label()), m.bound(), target(m.target()));
    }

    private SlaLine.Target target(SlaLine.Target target) {
        if (target instanceof SlaLine.Target.Time t) {
            return new SlaLine.Target.Time(duration(t.duration()));
        }
        if (target instanceof SlaLine.Target.Percent p) {
            return new SlaLine.Target.Percent(p.value(), span(p.span()));
        }
        if (target instanceof SlaLine.Target.Count c) {
            return new SlaLine.Target.Count(c.value(), span(c.span()));
        }
        return target;
    }

    private SlaLine.Timer timer(SlaLine.Timer t) {
        SlaLine.EventBound bound = t.bound() == null ? null
                : new SlaLine.EventBound(span(t.bound().span()), str(t.bound().event()), t.bound().sooner());
        return new SlaLine.Timer(span(t.span()), ident(t.name()), duration(t.duration()), bound);
    }

    private CoverageWindow window(CoverageWindow w) {
        return new CoverageWindow(span(w.span()), span(w.daysSpan()), w.days(), w.publicHolidays(), w.fromMinute(),
                w.toMinute());
    }

    private Duration duration(Duration d) {
        return d == null ? null : new Duration(d.amount(), d.unit(), span(d.span()));
    }

    private Prose prose(Prose p) {
        if (p == null) {
            return null;
        }
        return new Prose(span(p.span()), map(p.comments(), this::span), map(p.lists(),
                l -> new ProseList(span(l.leadIn()), map(l.items(), this::listItem))));
    }

    private ProseList.ListItem listItem(ProseList.ListItem i) {
        return new ProseList.ListItem(span(i.span()), span(i.marker()), sourceRef(i.sourceRef()), span(i.text()));
    }

    private SourceRef sourceRef(SourceRef r) {
        return r == null ? null : new SourceRef(span(r.span()), str(r.number()));
    }

    private Ident ident(Ident i) {
        return i == null ? null : new Ident(i.text(), span(i.span()));
    }

    private Str str(Str s) {
        return s == null ? null : new Str(s.value(), span(s.span()));
    }

    private Span span(Span s) {
        return s == null ? null : new Span(s.start() + by, s.end() + by);
    }

    private static <T> List<T> map(List<T> list, java.util.function.UnaryOperator<T> move) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(move.apply(t));
        }
        return out;
    }
}
