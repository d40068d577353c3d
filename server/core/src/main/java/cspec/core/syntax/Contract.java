package cspec.core.syntax;

import cspec.core.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * A contract: its header block and the body items that follow it at the top level of the file.
 * {@code span} is the header block; {@code fields} keeps every field as written, duplicates included.
 */
public record Contract(Span span, Str title, List<HeaderField> fields, List<Item> items) implements Document {
    public Contract {
        fields = List.copyOf(fields);
        items = List.copyOf(items);
    }

    /** The first field of a kind, since a repeat is an error reported elsewhere. */
    public <T extends HeaderField> Optional<T> field(Class<T> kind) {
        for (HeaderField f : fields) {
            if (kind.isInstance(f)) {
                return Optional.of(kind.cast(f));
            }
        }
        return Optional.empty();
    }

    public Optional<HeaderField.Party> party(HeaderField.PartyRole role) {
        return fields.stream()
                .filter(f -> f instanceof HeaderField.Party p && p.role() == role)
                .map(f -> (HeaderField.Party) f)
                .findFirst();
    }
}
