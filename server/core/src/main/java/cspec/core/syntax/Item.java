package cspec.core.syntax;

import cspec.core.text.Span;

/** A body item of a contract: at top level or nested in a section. */
public sealed interface Item permits Definitions, Section, Requirement, Background, Sla, Clause {
    Span span();
}
