package cspec.core.editor;

import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Item;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.Str;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/** The outline of one document as a tree of symbols, in document order. */
public final class DocumentSymbols {
    private DocumentSymbols() {
    }

    public static List<Symbol> of(Document document) {
        if (document instanceof Contract contract) {
            List<Symbol> all = new ArrayList<>();
            String title = contract.title() == null ? "contract" : contract.title().value();
            all.add(new Symbol(title, "contract", Symbol.Kind.CONTRACT, contract.span(),
                    contract.title() == null ? contract.span() : contract.title().span(), List.of()));
            all.addAll(items(contract.items()));
            return all;
        }
        if (document instanceof Profile profile) {
            List<Symbol> children = new ArrayList<>();
            for (Profile.Expectation e : profile.expectations()) {
                children.add(expectation(e));
            }
            return List.of(new Symbol(name(profile.id(), "profile"), title(profile.title()), Symbol.Kind.PROFILE,
                    profile.span(), selection(profile.id(), profile.span()), children));
        }
        if (document instanceof Library library) {
            List<Symbol> children = new ArrayList<>();
            library.clauses().forEach(c -> children.add(clause(c)));
            return List.of(new Symbol(name(library.id(), "library"), title(library.title()), Symbol.Kind.LIBRARY,
                    library.span(), selection(library.id(), library.span()), children));
        }
        return List.of();
    }

    private static List<Symbol> items(List<Item> items) {
        List<Symbol> out = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Section s) {
                out.add(new Symbol(name(s.id(), "section"), title(s.title()), Symbol.Kind.SECTION, s.span(),
                        selection(s.id(), s.span()), items(s.items())));
            } else if (item instanceof Requirement r) {
                out.add(requirement(r));
            } else if (item instanceof cspec.core.syntax.Background b) {
                out.add(new Symbol(b.id() == null ? "background" : b.id().text(), "background", Symbol.Kind.REQUIREMENT,
                        b.span(), b.id() == null ? b.keyword() : b.id().span(), List.of()));
            } else if (item instanceof Sla sla) {
                out.add(sla(sla));
            } else if (item instanceof Clause c) {
                out.add(clause(c));
            } else if (item instanceof Definitions d) {
                List<Symbol> terms = new ArrayList<>();
                for (Definitions.Definition def : d.entries()) {
                    terms.add(new Symbol(def.term().value(), "defined term", Symbol.Kind.TERM, def.span(),
                            def.term().span(), List.of()));
                }
                out.add(new Symbol("definitions", terms.size() + " terms", Symbol.Kind.DEFINITIONS, d.span(),
                        new Span(d.span().start(), Math.min(d.span().end(), d.span().start() + "definitions".length())),
                        terms));
            }
        }
        return out;
    }

    private static Symbol requirement(Requirement r) {
        String name = r.id() == null ? "(" + r.modality().keyword() + ", no ID)" : r.id().text();
        return new Symbol(name, r.modality().keyword(), Symbol.Kind.REQUIREMENT, r.span(),
                r.id() == null ? r.modalityKeyword() : r.id().span(), List.of());
    }

    private static Symbol sla(Sla sla) {
        List<Symbol> children = new ArrayList<>();
        for (SlaItem item : sla.items()) {
            if (item instanceof Requirement r) {
                children.add(requirement(r));
            } else if (item instanceof SlaLine.SeverityLevel level) {
                children.add(new Symbol(name(level.id(), "severity"), title(level.label()), Symbol.Kind.SEVERITY,
                        level.span(), selection(level.id(), level.span()), List.of()));
            } else if (item instanceof SlaLine.Metric metric) {
                children.add(new Symbol(name(metric.id(), "metric"), title(metric.label()), Symbol.Kind.METRIC,
                        metric.span(), selection(metric.id(), metric.span()), List.of()));
            }
        }
        return new Symbol(name(sla.id(), "sla"), title(sla.title()), Symbol.Kind.SLA, sla.span(),
                selection(sla.id(), sla.span()), children);
    }

    private static Symbol clause(Clause c) {
        return new Symbol(name(c.id(), "clause"), c.title() == null ? "clause" : c.title().value(), Symbol.Kind.CLAUSE,
                c.span(), selection(c.id(), c.span()), List.of());
    }

    private static Symbol expectation(Profile.Expectation e) {
        String what = e.kind().name().toLowerCase(java.util.Locale.ROOT);
        String name = e.id() == null ? what : e.id().text();
        String detail = e.strength().name().toLowerCase(java.util.Locale.ROOT) + " " + what
                + (e.title() == null ? "" : ": " + e.title().value());
        return new Symbol(name, detail, Symbol.Kind.EXPECTATION, e.span(), selection(e.id(), e.span()), List.of());
    }

    private static String name(Ident id, String fallback) {
        return id == null || id.text().isEmpty() ? fallback : id.text();
    }

    private static String title(Str title) {
        return title == null ? "" : title.value();
    }

    private static Span selection(Ident id, Span whole) {
        return id == null ? Span.at(whole.start()) : id.span();
    }
}
