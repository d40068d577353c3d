package cspec.core.wording;

import java.util.List;
import java.util.Set;

/**
 * Whether a "must" states a condition rather than a duty. Contracts drafted with "shall" use
 * "must" for what has to be true for something to take effect (MSCD: the language of
 * conditions): a formality of validity ("All waivers must be in writing and signed"), an
 * eligibility ("In order to be eligible to receive a bonus, the Executive must be ..."), the time
 * limit of an option or a claim ("must exercise its option within 20 days", "must be commenced
 * within five years"), a qualification ("must be acceptable to both parties"), or a precondition
 * in brackets ("(the journal must be set up first)").
 */
final class MustCondition {
    /** Words after "must be" that make it a formality, a limitation or a qualification. */
    private static final Set<String> CONDITION_STATES = Set.of("writing", "signed", "commenced", "brought", "acceptable");
    private static final Set<String> RIGHTS = Set.of("option", "options", "right", "rights");

    private MustCondition() {
    }

    static boolean states(ProseTokens prose, int start, int end) {
        List<Token> tokens = prose.tokens();
        if (!tokens.get(start).is("must")) {
            return false;
        }
        int sentence = prose.seg().sentence[start];
        if (end < tokens.size() && tokens.get(end).is("be")) {
            for (int k = end + 1; k < Math.min(tokens.size(), end + 5) && prose.seg().sentence[k] == sentence; k++) {
                if (CONDITION_STATES.contains(tokens.get(k).norm())) {
                    return true;
                }
            }
        }
        if (end < tokens.size() && tokens.get(end).is("exercise")) {
            for (int k = end + 1; k < Math.min(tokens.size(), end + 4); k++) {
                if (RIGHTS.contains(tokens.get(k).norm())) {
                    return true;
                }
            }
        }
        int open = 0;
        for (int k = start - 1; k >= 0 && prose.seg().sentence[k] == sentence; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(')')) {
                open--;
            } else if (t.isPunct('(')) {
                open++;
            } else if (t.is("eligible") || t.is("eligibility")) {
                return true;
            }
        }
        return open > 0;
    }
}
