package cspec.core.syntax;

import java.util.Locale;

/**
 * The keyword that opens a requirement, and what it means for evaluation: must is pass or fail,
 * should and may are scored by weight, will is a dated commitment, an option is a priced service
 * the client may order, and a question is answered in the bid and scored, binding nobody.
 */
public enum Modality {
    MUST(Kind.MANDATORY), SHOULD(Kind.RATED), MAY(Kind.RATED), WILL(Kind.FUTURE), OPTION(Kind.OPTION),
    QUESTION(Kind.QUESTION);

    /** How an evaluation treats a requirement: what a compliance matrix lists it as. */
    public enum Kind { MANDATORY, RATED, FUTURE, OPTION, QUESTION }

    private final Kind kind;

    Modality(Kind kind) {
        this.kind = kind;
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /** False for a question to bidders, which the contract's prose does not read as an obligation. */
    public boolean obliges() {
        return this != QUESTION;
    }
}
