package cspec.core.wording;

/**
 * What a piece of prose is, which decides the rules that read it: every kind gets the term
 * lists, passive-no-agent and vague-pronoun; requirements and clauses also get their
 * obligations read (no-responsible-party, mixed-obligation-verbs); only requirements get
 * modality-mismatch and compound-requirement. A definition's text is a noun phrase, not a
 * sentence ("means all data that ..."), so it gets the term lists only.
 */
public enum ProseKind {
    REQUIREMENT, CLAUSE, DEFINITION, SEVERITY;

    boolean readsSentences() {
        return this != DEFINITION;
    }

    boolean readsObligations() {
        return this == REQUIREMENT || this == CLAUSE;
    }
}
