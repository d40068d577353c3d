package cspec.core.editor;

import cspec.core.text.Span;
import java.util.List;

/**
 * One entry of a document's outline: a contract, section, requirement (detail: its modality),
 * SLA, severity, metric, clause, definition, profile item. span covers the whole item and
 * selection its name; children are the items inside.
 */
public record Symbol(String name, String detail, Kind kind, Span span, Span selection, List<Symbol> children) {
    public enum Kind { CONTRACT, PROFILE, LIBRARY, SECTION, REQUIREMENT, SLA, SEVERITY, METRIC, CLAUSE, DEFINITIONS, TERM, EXPECTATION }

    public Symbol {
        children = List.copyOf(children);
    }
}
