package cspec.core.wording;

/**
 * What a piece of prose is, which decides the rules that read it: every kind gets the term
 * lists; all but definitions and questions get passive-no-agent and vague-pronoun; requirements
 * and clauses also get their obligations read (no-responsible-party, mixed-obligation-verbs);
 * only requirements get modality-mismatch and compound-requirement. A definition's text is a
 * noun phrase, not a sentence ("means all data that ..."), and a question to bidders is an
 * instruction ("Describe your ..."), so both get the term lists only. Background text obliges
 * nobody, so its modal verbs are not obligations.
 */
public enum ProseKind {
    REQUIREMENT, CLAUSE, DEFINITION, SEVERITY, QUESTION, BACKGROUND;

    boolean readsSentences() {
        return this != DEFINITION && this != QUESTION;
    }

    boolean readsObligations() {
        return this == REQUIREMENT || this == CLAUSE;
    }
}
