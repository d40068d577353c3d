package cspec.core.wording;

import cspec.core.syntax.Modality;
import cspec.core.text.Span;

/**
 * What the engine knows about one piece of prose besides its text: its kind, the modality its
 * requirement declares and where that keyword is (both null outside requirements), and the
 * document's vocabulary.
 */
public record WordingContext(ProseKind kind, Modality declared, Span declaredAt, Vocabulary vocabulary) {
    public static WordingContext requirement(Modality declared, Span declaredAt, Vocabulary vocabulary) {
        return new WordingContext(ProseKind.REQUIREMENT, declared, declaredAt, vocabulary);
    }

    public static WordingContext of(ProseKind kind, Vocabulary vocabulary) {
        return new WordingContext(kind, null, null, vocabulary);
    }
}
