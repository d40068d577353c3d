package cspec.core.syntax;

import cspec.core.text.Position;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.List;

/** Writes a syntax tree as indented text with line:column ranges, for golden files a reviewer can read. */
final class TreePrinter {
    private final SourceText source;
    private final StringBuilder out = new StringBuilder();

    private TreePrinter(SourceText source) {
        this.source = source;
    }

    static String print(SpecFile file) {
        TreePrinter printer = new TreePrinter(file.source());
        printer.document(file.document());
        for (Comment comment : file.comments()) {
            printer.line(0, "comment " + printer.at(comment.span()));
        }
        return printer.out.toString();
    }

    private void document(Document document) {
        if (document instanceof Contract c) {
            line(0, "contract " + quote(c.title()) + " " + at(c.span()));
            for (HeaderField f : c.fields()) {
                line(1, f.name() + " " + fieldValue(f) + " " + at(f.span()));
            }
            items(c.items(), 0);
        } else if (document instanceof Profile p) {
            line(0, "profile " + p.id().text() + " " + quote(p.title()) + " " + at(p.span()));
            for (Profile.Expectation e : p.expectations()) {
                line(1, e.strength().name().toLowerCase() + " " + e.kind().name().toLowerCase()
                        + (e.id() != null ? " " + e.id().text() : "")
                        + (e.kind() == Profile.Kind.TERM ? " " + quote(e.title()) : "")
                        + (e.action() != null ? " to " + e.action().text() : "")
                        + (e.within() != null ? " in " + e.within().text() : "")
                        + (e.guidance() != null ? " guidance " + at(e.guidance().span()) : "")
                        + " " + at(e.span()));
            }
        } else if (document instanceof Library l) {
            line(0, "library " + l.id().text() + " " + quote(l.title()) + " " + at(l.span()));
            for (Clause clause : l.clauses()) {
                clause(clause, 1);
            }
        } else {
            line(0, "no document");
        }
    }

    private String fieldValue(HeaderField f) {
        if (f instanceof HeaderField.Party p) {
            return quote(p.partyName()) + (p.roleWords().isEmpty() ? ""
                    : " as " + String.join(", ", p.roleWords().stream().map(TreePrinter::quote).toList()));
        }
        if (f instanceof HeaderField.Renewal r) {
            return r.period().canonical() + " up to " + r.times() + " times";
        }
        if (f instanceof HeaderField.Notice n) {
            return n.period().canonical();
        }
        if (f instanceof HeaderField.WillMeansMust) {
            return "means must";
        }
        if (f instanceof HeaderField.ProfileRef p) {
            return p.profile().text();
        }
        if (f instanceof HeaderField.Text t) {
            return quote(t.value());
        }
        if (f instanceof HeaderField.Effective e) {
            return e.date().toString();
        }
        if (f instanceof HeaderField.Term t) {
            return t.duration().canonical();
        }
        return quote(((HeaderField.Uses) f).path());
    }

    private void items(List<Item> items, int depth) {
        for (Item item : items) {
            if (item instanceof Section s) {
                line(depth, "section " + s.id().text() + " " + quote(s.title()) + " " + at(s.span()));
                items(s.items(), depth + 1);
            } else if (item instanceof Requirement r) {
                requirement(r, depth);
            } else if (item instanceof Background b) {
                line(depth, "background" + (b.id() != null ? " " + b.id().text() : "")
                        + (b.sourceRef() != null ? " ref=" + quote(b.sourceRef().number()) : "") + " prose " + at(b.prose().span()));
                lists(b.prose(), depth + 1);
            } else if (item instanceof Sla sla) {
                line(depth, "sla " + sla.id().text() + " " + quote(sla.title()) + " " + at(sla.span()));
                for (SlaItem slaItem : sla.items()) {
                    if (slaItem instanceof Requirement r) {
                        requirement(r, depth + 1);
                    } else {
                        line(depth + 1, slaLine((SlaLine) slaItem) + " " + at(slaItem.span()));
                    }
                }
            } else if (item instanceof Clause c) {
                clause(c, depth);
            } else if (item instanceof Definitions d) {
                line(depth, "definitions " + at(d.span()));
                for (Definitions.Definition def : d.entries()) {
                    line(depth + 1, quote(def.term()) + " means " + at(def.prose().span()));
                }
            }
        }
    }

    private void requirement(Requirement r, int depth) {
        StringBuilder text = new StringBuilder(r.modality().keyword());
        r.optionalId().ifPresent(id -> text.append(' ').append(id.text()));
        r.weight().ifPresent(w -> text.append(" weight=").append(w.value().toPlainString()));
        r.by().ifPresent(b -> text.append(" by=").append(b.date()));
        r.sourceRef().ifPresent(ref -> text.append(" ref=").append(quote(ref.number())));
        text.append(" prose ").append(at(r.prose().span()));
        if (!r.prose().comments().isEmpty()) {
            text.append(" comments=").append(r.prose().comments().size());
        }
        line(depth, text.toString());
        lists(r.prose(), depth + 1);
    }

    private void lists(Prose prose, int depth) {
        for (ProseList list : prose.lists()) {
            line(depth, "list lead-in " + at(list.leadIn()));
            for (ProseList.ListItem item : list.items()) {
                line(depth + 1, "item" + (item.sourceRef() != null ? " ref=" + quote(item.sourceRef().number()) : "")
                        + " text " + at(item.text()) + " " + at(item.span()));
            }
        }
    }

    private void clause(Clause c, int depth) {
        StringBuilder text = new StringBuilder("clause " + c.id().text());
        if (c.title() != null) {
            text.append(' ').append(quote(c.title()));
        }
        for (Clause.Argument a : c.arguments()) {
            text.append(" (").append(a.name().text()).append(a.quoted() ? " \"" + a.value() + "\"" : " " + a.value()).append(')');
        }
        if (c.prose() != null) {
            text.append(" prose ").append(at(c.prose().span()));
        }
        line(depth, text + " " + at(c.span()));
    }

    private static String slaLine(SlaLine line) {
        if (line instanceof SlaLine.Measured m) {
            return "measured " + m.period().word();
        }
        if (line instanceof SlaLine.Report r) {
            return "report " + r.period().word();
        }
        if (line instanceof SlaLine.Coverage c) {
            StringBuilder text = new StringBuilder("coverage " + c.kind().name().toLowerCase());
            for (CoverageWindow w : c.windows()) {
                text.append(w == c.windows().get(0) ? " " : ", ")
                        .append(w.publicHolidays() ? "holidays" : new java.util.TreeSet<>(w.days()).toString())
                        .append(' ').append(w.fromMinute()).append('-').append(w.toMinute());
            }
            return text + (c.zone() != null ? " zone " + quote(c.zone()) : "");
        }
        if (line instanceof SlaLine.TimerName t) {
            return "timer " + t.id().text() + " " + quote(t.label());
        }
        if (line instanceof SlaLine.Availability a) {
            return "availability " + a.percent().toPlainString() + "%";
        }
        if (line instanceof SlaLine.SeverityLevel s) {
            StringBuilder text = new StringBuilder("severity " + s.id().text() + " \"" + s.label().value() + "\"");
            for (SlaLine.Timer t : s.timers()) {
                text.append(' ').append(t.name().text()).append(' ').append(t.duration().canonical());
                if (t.bound() != null) {
                    text.append(" or ").append(quote(t.bound().event())).append(t.bound().sooner() ? " sooner" : " later");
                }
            }
            return text + (s.prose() != null ? " with prose" : "");
        }
        if (line instanceof SlaLine.Credit c) {
            return "credit " + c.percent().toPlainString() + "%" + (c.cap() != null ? " cap " + c.cap().toPlainString() + "%" : "");
        }
        if (line instanceof SlaLine.Bonus b) {
            return "bonus " + b.percent().toPlainString() + "%" + (b.cap() != null ? " cap " + b.cap().toPlainString() + "%" : "");
        }
        SlaLine.Metric m = (SlaLine.Metric) line;
        String target = m.target() instanceof SlaLine.Target.Time t ? t.duration().canonical()
                : m.target() instanceof SlaLine.Target.Percent p ? p.value().toPlainString() + "%"
                : ((SlaLine.Target.Count) m.target()).value().toPlainString();
        return "metric " + m.id().text() + " \"" + m.label().value() + "\" " + m.bound().name().toLowerCase() + " " + target;
    }

    private String at(Span span) {
        Position start = source.lines().position(span.start());
        Position end = source.lines().position(span.end());
        return "@" + (start.line() + 1) + ":" + (start.column() + 1) + "-" + (end.line() + 1) + ":" + (end.column() + 1);
    }

    private static String quote(Str str) {
        return str == null ? "<none>" : "\"" + str.value() + "\"";
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
