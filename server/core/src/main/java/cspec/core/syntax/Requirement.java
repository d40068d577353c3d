package cspec.core.syntax;

import cspec.core.text.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code must|should|may|will|option|question [ID] [(attributes)]: prose}; {@link Modality#kind()}
 * says what it is for evaluation. The ID may be missing (missing-id
 * reports it); {@code header} runs from the modality keyword to the ':'.
 */
public record Requirement(Span span, Span header, Modality modality, Span modalityKeyword, Ident id,
        List<Attribute> attributes, Prose prose) implements Item, SlaItem {
    public Requirement {
        attributes = List.copyOf(attributes);
    }

    public Optional<Ident> optionalId() {
        return Optional.ofNullable(id);
    }

    public Optional<Attribute.Weight> weight() {
        return attributes.stream().filter(Attribute.Weight.class::isInstance).map(Attribute.Weight.class::cast).findFirst();
    }

    /** The source document's numbering of this requirement, {@code (ref "5.2.1")}. */
    public Optional<SourceRef> sourceRef() {
        return attributes.stream().filter(Attribute.Ref.class::isInstance).map(a -> ((Attribute.Ref) a).ref()).findFirst();
    }

    public Optional<Attribute.By> by() {
        return attributes.stream().filter(Attribute.By.class::isInstance).map(Attribute.By.class::cast).findFirst();
    }

    /** A requirement attribute in parentheses. */
    public sealed interface Attribute {
        Span span();

        record Weight(Span span, BigDecimal value) implements Attribute {
        }

        record By(Span span, LocalDate date) implements Attribute {
        }

        record Ref(Span span, SourceRef ref) implements Attribute {
        }
    }
}
