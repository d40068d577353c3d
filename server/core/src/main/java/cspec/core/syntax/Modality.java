package cspec.core.syntax;

import java.util.Locale;

/** What a requirement means for evaluation: must is pass or fail, should and may are scored by weight, will is a dated commitment. */
public enum Modality {
    MUST, SHOULD, MAY, WILL;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
