package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Modality;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Requirement;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The attributes a modality calls for: {@code missing-weight} (should or may without a weight),
 * {@code weight-on-mandatory} (must with a weight), {@code missing-date} (will without a by date)
 * and {@code date-before-effective} (a by date before the contract takes effect); and
 * {@code duplicate-field} for an attribute given twice ({@code (weight 1.5, weight 2)}), since
 * only the first counts and the reader cannot tell which was meant.
 */
public final class RequirementAttributes implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Optional<Contract> contract = context.contract();
        if (contract.isEmpty()) {
            return;
        }
        Optional<HeaderField.Effective> effective = contract.get().field(HeaderField.Effective.class);
        String usualWeight = null; // counted only for the first missing weight: most contracts have none
        for (Outline.Placed<Requirement> placed : context.outline().requirements()) {
            Requirement r = placed.item();
            repeatedAttributes(context.source(), r, report);
            Modality modality = r.modality();
            if ((modality == Modality.SHOULD || modality == Modality.MAY) && r.weight().isEmpty()) {
                if (usualWeight == null) {
                    usualWeight = usualWeight(context.outline());
                }
                report.accept(missingWeight(r, usualWeight));
            }
            if (modality == Modality.MUST && r.weight().isPresent()) {
                report.accept(weightOnMandatory(context.source(), r, r.weight().get()));
            }
            if (modality == Modality.WILL && r.by().isEmpty()) {
                report.accept(Diagnostic.of(Rule.MISSING_DATE, headerOf(r),
                        "A `will` requirement promises a future capability, so it needs the date it must be in place:"
                                + " add `(by YYYY-MM-DD)` after the ID, such as `(by 2027-06-30)`."));
            }
            if (r.by().isPresent() && effective.isPresent() && r.by().get().date().isBefore(effective.get().date())) {
                report.accept(Diagnostic.of(Rule.DATE_BEFORE_EFFECTIVE, r.by().get().span(),
                        "This requirement is due " + r.by().get().date() + ", before the contract takes effect on "
                                + effective.get().date() + ": write a date on or after " + effective.get().date()
                                + ", or correct the effective date.")
                        .withRelated(RelatedLocation.here(effective.get().span(), "The contract takes effect here.")));
            }
        }
    }

    private static void repeatedAttributes(SourceText source, Requirement r, Consumer<Diagnostic> report) {
        if (r.attributes().size() < 2) {
            return;
        }
        Map<Class<?>, Requirement.Attribute> first = new HashMap<>();
        for (Requirement.Attribute a : r.attributes()) {
            Requirement.Attribute earlier = first.putIfAbsent(a.getClass(), a);
            if (earlier == null) {
                continue;
            }
            String name = a instanceof Requirement.Attribute.Weight ? "weight" : a instanceof Requirement.Attribute.Ref ? "ref" : "by";
            report.accept(Diagnostic.of(Rule.DUPLICATE_FIELD, a.span(), "This requirement already has `"
                    + source.slice(earlier.span()) + "`, and only the first `" + name + "` counts: remove `"
                    + source.slice(a.span()) + "`, or write the value you mean in the first one.")
                    .withRelated(RelatedLocation.here(earlier.span(), "The `" + name + "` that counts."))
                    .withFix(Fix.onRequest("Remove the repeated `" + name + "`",
                            new TextEdit(attributeRemoval(source, r, a), ""))));
        }
    }

    /** The modality keyword and the ID, the part of the header a reader looks at. */
    private static Span headerOf(Requirement r) {
        return r.id() == null ? r.modalityKeyword() : r.modalityKeyword().union(r.id().span());
    }

    /** The weight most rated requirements in this contract carry (the smallest on a tie), else 1. */
    private static String usualWeight(Outline outline) {
        Map<BigDecimal, Integer> counts = new HashMap<>();
        for (Outline.Placed<Requirement> placed : outline.requirements()) {
            placed.item().weight().ifPresent(w -> counts.merge(w.value().stripTrailingZeros(), 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey()) : a.getValue() - b.getValue())
                .map(e -> e.getKey().toPlainString())
                .orElse("1");
    }

    private static Diagnostic missingWeight(Requirement r, String weight) {
        String keyword = r.modality().keyword();
        Diagnostic d = Diagnostic.of(Rule.MISSING_WEIGHT, headerOf(r),
                "A `" + keyword + "` requirement is scored by its weight, and this one has none: add `(weight N)` after"
                        + " the ID, such as `(weight " + weight + ")`, or make it `must` if it is pass or fail.");
        TextEdit edit = r.attributes().isEmpty()
                ? TextEdit.insert(headerOf(r).end(), " (weight " + weight + ")")
                : TextEdit.insert(r.attributes().get(0).span().start(), "weight " + weight + ", ");
        return d.withFix(Fix.onRequest("Add `weight " + weight + "` (the weight most used in this contract)", edit));
    }

    private static Diagnostic weightOnMandatory(SourceText source, Requirement r, Requirement.Attribute.Weight weight) {
        Diagnostic d = Diagnostic.of(Rule.WEIGHT_ON_MANDATORY, weight.span(),
                "A `must` requirement is pass or fail, so its weight counts for nothing: remove `"
                        + source.slice(weight.span()) + "`, or change `must` to `should` if it is meant to be scored.");
        return d.withFix(Fix.onRequest("Remove the weight", new TextEdit(attributeRemoval(source, r, weight), "")))
                .withFix(Fix.onRequest("Change `must` to `should`", new TextEdit(r.modalityKeyword(), "should")));
    }

    /** The text to delete to drop an attribute: the whole "(weight N)" when alone, else it and one comma. */
    private static Span attributeRemoval(SourceText source, Requirement r, Requirement.Attribute weight) {
        String text = source.text();
        if (r.attributes().size() == 1) {
            int open = text.lastIndexOf('(', weight.span().start());
            int close = text.indexOf(')', weight.span().end());
            if (open >= 0 && close >= 0) {
                int from = open;
                while (from > 0 && text.charAt(from - 1) == ' ') {
                    from--;
                }
                return new Span(from, close + 1);
            }
            return weight.span();
        }
        int index = r.attributes().indexOf(weight);
        if (index + 1 < r.attributes().size()) {
            return new Span(weight.span().start(), r.attributes().get(index + 1).span().start());
        }
        return new Span(r.attributes().get(index - 1).span().end(), weight.span().end());
    }
}
