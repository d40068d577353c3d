package cspec.core.diagnostic;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, most severe first; the names are the ones cspec.json and --fail-on use. */
public enum Severity {
    ERROR, WARNING, INFORMATION, HINT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as the threshold. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> parse(String word) {
        for (Severity s : values()) {
            if (s.label().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
