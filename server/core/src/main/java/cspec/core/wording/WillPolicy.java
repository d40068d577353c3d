package cspec.core.wording;

import cspec.core.check.CheckContext;
import cspec.core.syntax.HeaderField;

/**
 * Whether prose "will" is an obligation verb in a contract: its header says {@code will means
 * must}, or its workspace's cspec.json says {@code "willMeansMust": true}. The {@code will}
 * requirement keyword keeps its meaning either way: a dated future capability.
 */
public final class WillPolicy {
    private WillPolicy() {
    }

    public static boolean willObliges(CheckContext context) {
        boolean header = context.contract().flatMap(c -> c.field(HeaderField.WillMeansMust.class)).isPresent();
        return header || (context.contract().isPresent() && context.config().willMeansMust());
    }
}
