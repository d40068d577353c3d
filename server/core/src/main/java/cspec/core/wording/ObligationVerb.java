package cspec.core.wording;

import cspec.core.syntax.Modality;
import cspec.core.text.Span;

/**
 * An obligation verb as the prose writes it: where (document offsets), the word itself in lower
 * case ("must", "shall", "is required to"...), the modality it expresses ("must not", "shall not"
 * and "may not" count as must), and whether it disagrees with the declared modality.
 */
public record ObligationVerb(Span span, String word, Modality strength, boolean mismatched) {
}
