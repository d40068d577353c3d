package cspec.core.check;

import cspec.core.diagnostic.Rule;
import cspec.core.text.Similarity;
import java.util.Arrays;
import java.util.Optional;

/** Lookups over the rule catalogue that several checks share. */
public final class Rules {
    private Rules() {
    }

    /** The rule ID closest to a misspelt one, if any is close enough to suggest. */
    public static Optional<Rule> closest(String name) {
        return Similarity.closest(name, Arrays.stream(Rule.values()).map(Rule::id).toList())
                .flatMap(Rule::byId);
    }
}
