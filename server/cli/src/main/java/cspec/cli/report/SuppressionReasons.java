package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.Comment;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason written after {@code --} in the suppression comment that silenced a finding, for
 * SARIF's {@code justification}. Core's suppression outcome does not say which comment silenced
 * what, so this takes the nearest {@code cspec-disable-next-line} or {@code cspec-disable}
 * comment before the finding that names its rule, which is the one that silenced it in every
 * case but a region reopened after an enable.
 */
final class SuppressionReasons {
    private static final Pattern DIRECTIVE =
            Pattern.compile("^//\\s*cspec-(?:disable-next-line|disable)\\s+(.*?)(?:\\s+--\\s*(.*))?$");

    private SuppressionReasons() {
    }

    static Optional<String> reasonFor(List<Comment> comments, Diagnostic d) {
        String reason = null;
        boolean found = false;
        for (Comment c : comments) {
            if (c.span().start() >= d.span().start()) {
                break;
            }
            Matcher m = DIRECTIVE.matcher(c.text().strip());
            if (m.matches() && names(m.group(1), d.ruleId())) {
                found = true;
                reason = m.group(2) == null ? null : m.group(2).strip();
            }
        }
        return found && reason != null && !reason.isEmpty() ? Optional.of(reason) : Optional.empty();
    }

    private static boolean names(String list, String ruleId) {
        for (String name : list.split("[,\\s]+")) {
            if (name.equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
