package cspec.core.drafting;

import cspec.core.catalog.Catalog;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A library clause's guidance: the comment lines directly above it (what the clause settles and
 * where it comes from), which hovers, completion and docs/clauses.md show. Suppression comments
 * are not guidance.
 */
public final class ClauseGuidance {
    private ClauseGuidance() {
    }

    public static Optional<String> of(Catalog.ClauseEntry entry) {
        SourceText source = entry.source();
        LineIndex lines = source.lines();
        String text = source.text();
        List<String> parts = new ArrayList<>();
        for (int line = lines.lineOf(entry.clause().span().start()) - 1; line >= 0; line--) {
            String content = text.substring(lines.lineStart(line), lines.lineEnd(line, text)).strip();
            if (!content.startsWith("//") || content.startsWith("// cspec-")) {
                break;
            }
            parts.add(content.substring(2).strip());
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Collections.reverse(parts);
        return Optional.of(String.join(" ", parts));
    }
}
