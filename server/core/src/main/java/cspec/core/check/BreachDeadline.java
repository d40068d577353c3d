package cspec.core.check;

import cspec.core.catalog.Catalog;
import cspec.core.drafting.ClauseText;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Outline;
import cspec.core.syntax.TimeUnit;
import cspec.core.text.Span;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline the contract's breach-notification clause sets: the first "within N unit" of its
 * wording, its own prose or the library's with its values filled in. Where the clause takes
 * the library's wording, the deadline points at the clause line.
 */
final class BreachDeadline {
    static final String CLAUSE = "breach-notification";
    private static final Pattern WITHIN = Pattern.compile(
            "\\bwithin\\s+(\\d{1,6}(?:\\.\\d+)?)\\s+(business\\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)\\b",
            Pattern.CASE_INSENSITIVE);

    record Deadline(String clauseId, double minutes, String text, Span at) {
    }

    private BreachDeadline() {
    }

    static Optional<Deadline> of(CheckContext context) {
        if (context.contract().isEmpty()) {
            return Optional.empty();
        }
        for (Outline.Placed<Clause> placed : context.outline().clauses()) {
            Clause clause = placed.item();
            if (!clause.id().text().equals(CLAUSE)) {
                continue;
            }
            if (clause.prose() != null) {
                String text = clause.prose().maskedText(context.source());
                return find(text).map(m -> deadline(m, new Span(clause.prose().span().start() + m.start(),
                        clause.prose().span().start() + m.end())));
            }
            Optional<Catalog.ClauseEntry> entry = context.catalog().clause(CLAUSE);
            if (entry.isPresent()) {
                String text = String.join(" ", ClauseText.filledWording(entry.get(),
                        ClauseText.values(clause, context.file().document()), RoleWords.of(context.file().document())));
                return find(text).map(m -> deadline(m, clause.id().span()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Matcher> find(String text) {
        Matcher m = WITHIN.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    private static Deadline deadline(Matcher m, Span at) {
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(3).toLowerCase(java.util.Locale.ROOT);
        boolean business = m.group(2) != null;
        TimeUnit u = unit.startsWith("min") ? TimeUnit.MINUTE
                : unit.startsWith("h") ? (business ? TimeUnit.BUSINESS_HOUR : TimeUnit.HOUR)
                : unit.startsWith("d") ? (business ? TimeUnit.BUSINESS_DAY : TimeUnit.DAY)
                : TimeUnit.WEEK;
        String text = m.group(1) + " " + (m.group(2) == null ? "" : "business ") + m.group(3);
        return new Deadline(CLAUSE, amount * u.minutes(), text, at);
    }
}
