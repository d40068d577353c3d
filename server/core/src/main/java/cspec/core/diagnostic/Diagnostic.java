package cspec.core.diagnostic;

import cspec.core.text.Span;
import java.util.List;

/**
 * One finding: which rule, how severe, exactly where, what to write instead, and how to fix it.
 * {@code unnecessary} marks text that can simply go (an unused definition), which editors fade.
 */
public record Diagnostic(
        String ruleId,
        Severity severity,
        Span span,
        String message,
        List<RelatedLocation> related,
        List<Fix> fixes,
        boolean unnecessary) {

    public Diagnostic {
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
    }

    public static Diagnostic of(Rule rule, Span span, String message) {
        return new Diagnostic(rule.id(), rule.defaultSeverity(), span, message, List.of(), List.of(), false);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(ruleId, newSeverity, span, message, related, fixes, unnecessary);
    }

    public Diagnostic withFixes(List<Fix> newFixes) {
        return new Diagnostic(ruleId, severity, span, message, related, newFixes, unnecessary);
    }

    public Diagnostic withFix(Fix fix) {
        List<Fix> all = new java.util.ArrayList<>(fixes);
        all.add(fix);
        return withFixes(all);
    }

    public Diagnostic withRelated(RelatedLocation location) {
        List<RelatedLocation> all = new java.util.ArrayList<>(related);
        all.add(location);
        return new Diagnostic(ruleId, severity, span, message, all, fixes, unnecessary);
    }

    public Diagnostic markedUnnecessary() {
        return new Diagnostic(ruleId, severity, span, message, related, fixes, true);
    }
}
