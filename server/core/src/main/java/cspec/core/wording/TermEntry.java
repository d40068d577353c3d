package cspec.core.wording;

import cspec.core.diagnostic.Rule;
import java.util.List;
import java.util.Optional;

/**
 * One listed phrase: the rule it belongs to (null for a term of art, which is never flagged),
 * its category, why it is a problem, what to write instead (may be empty), where the listing
 * comes from, and other spellings that mean the same ({@code forms}).
 */
public record TermEntry(Rule rule, String phrase, String category, String reason, String rewrite, String source,
        List<String> forms) {
    public TermEntry {
        forms = List.copyOf(forms);
        rewrite = rewrite == null ? "" : rewrite;
    }

    public Optional<String> suggestedRewrite() {
        return rewrite.isEmpty() ? Optional.empty() : Optional.of(rewrite);
    }

    /** True for terms of art, which are matched only to shield their words from other lists. */
    public boolean isTermOfArt() {
        return rule == null;
    }
}
