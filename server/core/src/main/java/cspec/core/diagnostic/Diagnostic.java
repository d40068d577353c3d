package cspec.core.diagnostic;

import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One finding: which rule, how severe, exactly where, what to write instead, and how to fix it.
 * {@code unnecessary} marks text that can simply go (an unused definition), which editors fade.
 * {@code subject} is the ID of the item the finding is about when its span does not hold it (a
 * section the profile asks for and the contract lacks), so nothing reads it back from the message.
 */
public record Diagnostic(
        Rule rule,
        Severity severity,
        Span span,
        String message,
        List<RelatedLocation> related,
        List<Fix> fixes,
        boolean unnecessary,
        Optional<String> subject) {

    public Diagnostic {
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
    }

    public static Diagnostic of(Rule rule, Span span, String message) {
        return new Diagnostic(rule, rule.defaultSeverity(), span, message, List.of(), List.of(), false, Optional.empty());
    }

    /** The rule's public ID, as reports and editors show it. */
    public String ruleId() {
        return rule.id();
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, span, message, related, fixes, unnecessary, subject);
    }

    public Diagnostic withFixes(List<Fix> newFixes) {
        return new Diagnostic(rule, severity, span, message, related, newFixes, unnecessary, subject);
    }

    public Diagnostic withFix(Fix fix) {
        List<Fix> all = new ArrayList<>(fixes);
        all.add(fix);
        return withFixes(all);
    }

    public Diagnostic withRelated(RelatedLocation location) {
        List<RelatedLocation> all = new ArrayList<>(related);
        all.add(location);
        return new Diagnostic(rule, severity, span, message, all, fixes, unnecessary, subject);
    }

    public Diagnostic withRelated(List<RelatedLocation> locations) {
        return new Diagnostic(rule, severity, span, message, locations, fixes, unnecessary, subject);
    }

    public Diagnostic markedUnnecessary() {
        return new Diagnostic(rule, severity, span, message, related, fixes, true, subject);
    }

    /** This finding about the item with the given ID. */
    public Diagnostic about(String itemId) {
        return new Diagnostic(rule, severity, span, message, related, fixes, unnecessary, Optional.of(itemId));
    }
}
