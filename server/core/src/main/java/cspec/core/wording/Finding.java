package cspec.core.wording;

import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.text.Span;
import java.util.List;

/** One wording problem, in document offsets, with the fixes that rewrite it (if any). */
public record Finding(Rule rule, Span span, String message, List<Fix> fixes, List<RelatedLocation> related) {
    public Finding {
        fixes = List.copyOf(fixes);
        related = List.copyOf(related);
    }

    static Finding of(Rule rule, Span span, String message, Fix... fixes) {
        return new Finding(rule, span, message, List.of(fixes), List.of());
    }
}
