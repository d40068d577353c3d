package cspec.core.wording;

import cspec.core.syntax.Modality;

/**
 * Which obligation verbs agree with which declared modality (docs/rules.md, modality-mismatch):
 * a must requirement takes only must-strength verbs, should only should, may may or can, will
 * and option must or will. A question is never held to a verb.
 */
final class ModalityTable {
    private ModalityTable() {
    }

    /** True when a verb of the written strength disagrees with the declared modality. */
    static boolean disagrees(Modality declared, Modality written) {
        return switch (declared) {
            case MUST -> written != Modality.MUST;
            case SHOULD -> written == Modality.MUST || written == Modality.MAY;
            case MAY -> written == Modality.MUST || written == Modality.SHOULD;
            case WILL, OPTION -> written == Modality.SHOULD || written == Modality.MAY;
            case QUESTION -> false;
        };
    }

    /** The keyword a requirement would need to agree with a verb: "may be required to" is an option the client calls on. */
    static String agreeingKeyword(String word, Modality strength) {
        return word.startsWith("may be ") ? Modality.OPTION.keyword() : strength.keyword();
    }
}
