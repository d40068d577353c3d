package cspec.core.wording;

import cspec.core.syntax.Modality;
import cspec.core.syntax.ProseList;
import cspec.core.text.Span;
import java.util.List;

/**
 * What the engine knows about one piece of prose besides its text: its kind, the modality its
 * requirement declares and where that keyword is (both null outside requirements), the
 * document's vocabulary, and the items of the lists the prose holds (document offsets), which
 * continue their lead-in instead of starting obligations of their own.
 */
public record WordingContext(ProseKind kind, Modality declared, Span declaredAt, Vocabulary vocabulary,
        List<ProseList.ListItem> listItems) {
    public WordingContext {
        listItems = List.copyOf(listItems);
    }

    public WordingContext(ProseKind kind, Modality declared, Span declaredAt, Vocabulary vocabulary) {
        this(kind, declared, declaredAt, vocabulary, List.of());
    }

    public static WordingContext requirement(Modality declared, Span declaredAt, Vocabulary vocabulary) {
        return new WordingContext(ProseKind.REQUIREMENT, declared, declaredAt, vocabulary);
    }

    public static WordingContext of(ProseKind kind, Vocabulary vocabulary) {
        return new WordingContext(kind, null, null, vocabulary);
    }

    public WordingContext withListItems(List<ProseList.ListItem> items) {
        return new WordingContext(kind, declared, declaredAt, vocabulary, items);
    }
}
