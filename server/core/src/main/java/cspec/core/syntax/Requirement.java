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
        return first(Attribute.Weight.class);
    }

    /** The source document's numbering of this requirement, {@code (ref "5.2.1")}. */
    public Optional<SourceRef> sourceRef() {
        return attributes.stream().filter(Attribute.Ref.class::isInstance).map(a -> ((Attribute.Ref) a).ref()).findFirst();
    }

    public Optional<Attribute.By> by() {
        return first(Attribute.By.class);
    }

    /**
     * The first attribute of a kind. A loop, not a stream: the checks ask every requirement for its
     * weight and date, and the streams were about 1 % of a batch lint (issue 13, round 5).
     */
    private <T extends Attribute> Optional<T> first(Class<T> kind) {
        for (Attribute a : attributes) {
            if (kind.isInstance(a)) {
                return Optional.of(kind.cast(a));
            }
        }
        return Optional.empty();
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
