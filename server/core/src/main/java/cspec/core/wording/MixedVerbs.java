package cspec.core.wording;

import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * mixed-obligation-verbs: across one document, "shall" and "must" (with or without "not") both
 * used as obligation verbs. Each use of the minority form is reported with a safe fix to the
 * majority form; on a tie "must" wins, the plain-language choice. Verbs already reported as
 * modality-mismatch are neither counted nor reported: that is their root cause.
 */
public final class MixedVerbs {
    private MixedVerbs() {
    }

    /** The findings for the obligation verbs of a whole document, in document order. */
    public static List<Finding> check(List<ObligationVerb> verbs, String documentText) {
        int must = 0;
        int shall = 0;
        for (ObligationVerb v : verbs) {
            if (!v.mismatched()) {
                must += v.word().equals("must") ? 1 : 0;
                shall += v.word().equals("shall") ? 1 : 0;
            }
        }
        if (must == 0 || shall == 0) {
            return List.of();
        }
        String majority = must >= shall ? "must" : "shall";
        String minority = must >= shall ? "shall" : "must";
        int majorityCount = Math.max(must, shall);
        int minorityCount = Math.min(must, shall);
        List<Finding> findings = new ArrayList<>();
        for (ObligationVerb v : verbs) {
            if (v.mismatched() || !v.word().equals(minority)) {
                continue;
            }
            String written = documentText.substring(v.span().start(), v.span().end());
            String replacement = TermScan.matchCase(written, majority);
            findings.add(Finding.of(Rule.MIXED_OBLIGATION_VERBS, v.span(),
                    "This contract uses `" + majority + "` for " + majorityCount + " obligation" + (majorityCount == 1 ? "" : "s") + " and `" + minority + "` for "
                            + minorityCount + ": write `" + replacement + "` here so every obligation reads the same way.",
                    Fix.onRequest("Write `" + replacement + "`", new TextEdit(v.span(), replacement))));
        }
        return findings;
    }
}
