package cspec.core.syntax;

import cspec.core.text.Span;

/** What an SLA block holds: its lines and requirements, in the order written. */
public sealed interface SlaItem permits SlaLine, Requirement {
    Span span();
}
