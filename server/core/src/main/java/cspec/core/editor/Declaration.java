package cspec.core.editor;

import cspec.core.text.Span;

/**
 * Where a name is declared in the document: nameSpan covers the name itself (inside the quotes
 * for a term), itemSpan the whole requirement, section, SLA, clause or definition. item is the
 * syntax record, for hover and symbols.
 */
public record Declaration(Name name, What what, Span nameSpan, Span itemSpan, Object item) {
    /** What kind of thing a declaration introduces, for messages and symbols. */
    public enum What { REQUIREMENT, BACKGROUND, SECTION, SLA, CLAUSE, SEVERITY, METRIC, TERM, PROFILE }
}
