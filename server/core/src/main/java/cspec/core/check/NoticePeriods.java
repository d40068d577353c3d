package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.catalog.Catalog;
import cspec.core.drafting.Placeholder;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Outline;
import cspec.core.syntax.TimeUnit;
import cspec.core.text.Span;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code notice-mismatch}: a notice period in the header ({@code notice termination 90 days})
 * against the figure the matching termination clause states: termination-for-convenience's
 * notice, termination-for-cause's cure period. A library clause states its placeholder's value
 * (given or default); a clause with its own wording states the first period in it. Durations
 * compare as SLA times do (a month is 30 days).
 */
public final class NoticePeriods implements Check {
    private record Counterpart(String clauseId, String placeholder) {
    }

    private static final Map<HeaderField.NoticeKind, Counterpart> CLAUSES = Map.of(
            HeaderField.NoticeKind.TERMINATION, new Counterpart("termination-for-convenience", "notice-days"),
            HeaderField.NoticeKind.CURE, new Counterpart("termination-for-cause", "cure-days"));
    private static final Pattern PERIOD = Pattern.compile("\\b(\\d{1,4})\\s+(business\\s+)?(days?|weeks?|months?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What a clause states: the period in days, and where it says so. */
    private record Stated(double days, String text, Span at, boolean fromLibrary) {
    }

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Optional<Contract> contract = context.contract();
        if (contract.isEmpty()) {
            return;
        }
        for (HeaderField field : contract.get().fields()) {
            if (!(field instanceof HeaderField.Notice notice) || !CLAUSES.containsKey(notice.kind())) {
                continue;
            }
            Counterpart counterpart = CLAUSES.get(notice.kind());
            for (Outline.Placed<Clause> placed : context.outline().clauses()) {
                Clause clause = placed.item();
                if (clause.id().text().equals(counterpart.clauseId())) {
                    stated(context, clause, counterpart).ifPresent(stated -> compare(context, notice, clause, counterpart, stated, report));
                }
            }
        }
    }

    private static void compare(CheckContext context, HeaderField.Notice notice, Clause clause, Counterpart counterpart,
            Stated stated, Consumer<Diagnostic> report) {
        double headerDays = notice.period().minutes() / TimeUnit.DAY.minutes();
        if (Math.abs(headerDays - stated.days()) < 0.01) {
            return;
        }
        String header = context.source().slice(notice.period().span());
        Diagnostic d = Diagnostic.of(Rule.NOTICE_MISMATCH, notice.period().span(), "The header gives " + header + " of "
                        + notice.kind().word() + " notice, but clause `" + clause.id().text() + "` states " + stated.text()
                        + ": make them the same, so the contract states one period.")
                .withRelated(RelatedLocation.here(stated.at(), "The period clause `" + clause.id().text() + "` states."));
        boolean wholeDays = headerDays == Math.rint(headerDays) && notice.period().unit() != TimeUnit.MONTH
                && notice.period().unit() != TimeUnit.YEAR && notice.period().unit() != TimeUnit.BUSINESS_DAY;
        if (stated.fromLibrary() && wholeDays) {
            String value = String.valueOf((long) headerDays);
            d = d.withFix(Fix.onRequest("Give clause `" + clause.id().text() + "` " + value + " days",
                    setArgument(context, clause, counterpart.placeholder(), value)));
        }
        report.accept(d);
    }

    private static Optional<Stated> stated(CheckContext context, Clause clause, Counterpart counterpart) {
        if (clause.prose() != null) {
            Matcher m = PERIOD.matcher(clause.prose().maskedText(context.source()));
            if (!m.find()) {
                return Optional.empty();
            }
            int base = clause.prose().span().start();
            return Optional.of(new Stated(days(m), m.group(), new Span(base + m.start(), base + m.end()), false));
        }
        Optional<Clause.Argument> given = clause.argument(counterpart.placeholder());
        if (given.isPresent()) {
            return number(given.get().value()).map(v -> new Stated(v, v.longValue() + " days", given.get().valueSpan(), true));
        }
        Optional<Catalog.ClauseEntry> entry = context.catalog().clause(clause.id().text());
        if (entry.isEmpty() || entry.get().clause().prose() == null) {
            return Optional.empty();
        }
        String wording = entry.get().source().slice(entry.get().clause().prose().span());
        return Optional.ofNullable(Placeholder.scan(wording).byName().get(counterpart.placeholder()))
                .flatMap(v -> v).flatMap(NoticePeriods::number)
                .map(v -> new Stated(v, v.longValue() + " days (the library's default)", clause.id().span(), true));
    }

    private static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double days(Matcher m) {
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(3).toLowerCase(java.util.Locale.ROOT);
        TimeUnit u = unit.startsWith("w") ? TimeUnit.WEEK : unit.startsWith("m") ? TimeUnit.MONTH
                : m.group(2) != null ? TimeUnit.BUSINESS_DAY : TimeUnit.DAY;
        return n * u.minutes() / TimeUnit.DAY.minutes();
    }

    /** Sets {@code (name "value")} on the clause: replaces the value it gives, or adds the argument. */
    private static TextEdit setArgument(CheckContext context, Clause clause, String name, String value) {
        Optional<Clause.Argument> given = clause.argument(name);
        if (given.isPresent()) {
            return new TextEdit(given.get().valueSpan(), "\"" + value + "\"");
        }
        if (!clause.arguments().isEmpty()) {
            Clause.Argument last = clause.arguments().get(clause.arguments().size() - 1);
            return TextEdit.insert(last.span().end(), ", " + name + " \"" + value + "\"");
        }
        int at = clause.title() != null ? clause.title().span().end() : clause.id().span().end();
        return TextEdit.insert(at, " (" + name + " \"" + value + "\")");
    }
}
