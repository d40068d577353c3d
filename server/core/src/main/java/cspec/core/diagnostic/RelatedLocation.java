package cspec.core.diagnostic;

import cspec.core.text.Span;

/** Another place that matters to a finding; document is null when it is the finding's own document. */
public record RelatedLocation(String document, Span span, String message) {
    public static RelatedLocation here(Span span, String message) {
        return new RelatedLocation(null, span, message);
    }
}
