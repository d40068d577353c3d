package cspec.core.wording;

import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import java.util.Optional;

/**
 * Whether prose "will" is an obligation verb in a contract: its header says {@code will means
 * must}, or its workspace's cspec.json says {@code "willMeansMust": true}. The {@code will}
 * requirement keyword keeps its meaning either way: a dated future capability.
 */
public final class WillPolicy {
    private WillPolicy() {
    }

    /**
     * The fix that adds {@code will means must} as the header's last line, for a contract that
     * writes its obligations with "will"; empty when the header cannot take it (no closing brace).
     */
    public static Optional<Fix> headerFix(CheckContext context) {
        Optional<Contract> contract = context.contract();
        if (contract.isEmpty() || !context.source().text().startsWith("}", contract.get().span().end() - 1)) {
            return Optional.empty();
        }
        int brace = contract.get().span().end() - 1;
        int lineStart = context.source().lines().lineStart(context.source().lines().lineOf(brace));
        if (!context.source().text().substring(lineStart, brace).isBlank()) {
            return Optional.empty();
        }
        String newline = context.source().text().contains("\r\n") ? "\r\n" : "\n";
        return Optional.of(Fix.onRequest("Add `will means must` to the header (prose \"will\" is an obligation)",
                TextEdit.insert(lineStart, "    will means must" + newline)));
    }

    public static boolean willObliges(CheckContext context) {
        boolean header = context.contract().flatMap(c -> c.field(HeaderField.WillMeansMust.class)).isPresent();
        return header || (context.contract().isPresent() && context.config().willMeansMust());
    }
}
