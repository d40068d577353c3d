package cspec.core.wording;

/**
 * What a piece of prose is, which decides the rules that read it: every kind gets the term
 * lists; requirements and clauses also get the sentence rules (actor, passive, pronoun);
 * only requirements get modality-mismatch and compound-requirement.
 */
public enum ProseKind {
    REQUIREMENT, CLAUSE, DEFINITION, SEVERITY;

    boolean readsSentences() {
        return this == REQUIREMENT || this == CLAUSE;
    }
}
