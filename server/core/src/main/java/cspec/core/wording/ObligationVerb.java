package cspec.core.wording;

import cspec.core.syntax.Modality;
import cspec.core.text.Span;

/**
 * An obligation verb as the prose writes it: where (document offsets), the word itself in lower
 * case ("must", "shall", "is required to"...), the modality it expresses ("must not", "shall not"
 * and "may not" count as must), whether it disagrees with the declared modality, and whether it
 * states a condition rather than a duty ("must be in writing to be effective", "to be eligible,
 * the Executive must be employed", "must exercise its option within 20 days"; MSCD's usage of
 * "must"), which mixed-obligation-verbs does not count.
 */
public record ObligationVerb(Span span, String word, Modality strength, boolean mismatched, boolean statesCondition) {
}
