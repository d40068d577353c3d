package cspec.core.wording;

import cspec.core.diagnostic.Rule;
import java.util.List;
import java.util.Optional;

/**
 * One listed phrase: the rule it belongs to (null for a term of art, which is never flagged),
 * its category, why it is a problem, what to write instead (may be empty), where the listing
 * comes from, other spellings that mean the same ({@code forms}), and whether the rewrite keeps
 * the meaning wherever the phrase can occur ({@code rewriteKeepsMeaning}; false, in the list's
 * {@code "rewriteChangesMeaningSomewhere": true}, makes a wordy fix one to apply on request:
 * "whether or not similar" means "regardless of whether", which "whether similar" does not).
 */
public record TermEntry(Rule rule, String phrase, String category, String reason, String rewrite, String source,
        List<String> forms, boolean rewriteKeepsMeaning) {
    public TermEntry {
        forms = List.copyOf(forms);
        rewrite = rewrite == null ? "" : rewrite;
    }

    public TermEntry(Rule rule, String phrase, String category, String reason, String rewrite, String source,
            List<String> forms) {
        this(rule, phrase, category, reason, rewrite, source, forms, true);
    }

    public Optional<String> suggestedRewrite() {
        return rewrite.isEmpty() ? Optional.empty() : Optional.of(rewrite);
    }

    /** True for terms of art, which are matched only to shield their words from other lists. */
    public boolean isTermOfArt() {
        return rule == null;
    }
}
