package cspec.core.profile;

import cspec.core.drafting.ClauseText;
import cspec.core.drafting.Placeholder;
import cspec.core.catalog.Catalog;
import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Outline;
import cspec.core.text.Similarity;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A contract's library clauses: {@code unknown-clause} for {@code clause X} without prose where
 * no library has X, and for an argument that names no placeholder of the clause (a misspelt
 * name would otherwise be ignored and the default signed); {@code placeholder} for a clause
 * taken by reference whose placeholder has no default and no value.
 */
public final class ClauseReferenceCheck implements Check {
    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        for (Outline.Placed<Clause> placed : context.outline().clauses()) {
            Clause clause = placed.item();
            Optional<Catalog.ClauseEntry> entry = context.catalog().clause(clause.id().text());
            if (entry.isEmpty()) {
                if (clause.prose() == null) {
                    report.accept(unknownClause(context, clause));
                }
                continue;
            }
            Map<String, Optional<String>> placeholders = ClauseText.placeholders(entry.get());
            unknownArguments(clause, entry.get(), placeholders, report);
            if (clause.prose() == null) {
                unfilled(context, clause, entry.get(), placeholders, report);
            }
        }
    }

    private static Diagnostic unknownClause(CheckContext context, Clause clause) {
        String id = clause.id().text();
        List<String> known = context.catalog().clauses().stream().map(e -> e.clause().id().text()).sorted().toList();
        Optional<String> closest = Similarity.closest(id, known);
        String message = "No library has a clause `" + id + "`, so this clause has no wording."
                + closest.map(c -> " Did you mean `" + c + "`?")
                        .orElse(" Write its wording after a colon (`clause " + id + ": ...`), or add it to a workspace library.");
        Diagnostic d = Diagnostic.of(Rule.UNKNOWN_CLAUSE, clause.id().span(), message);
        if (closest.isPresent()) {
            d = d.withFix(Fix.safe("Change to `" + closest.get() + "`", new TextEdit(clause.id().span(), closest.get())));
        }
        return d;
    }

    private static void unknownArguments(Clause clause, Catalog.ClauseEntry entry, Map<String, Optional<String>> placeholders,
            Consumer<Diagnostic> report) {
        for (Clause.Argument argument : clause.arguments()) {
            String name = argument.name().text();
            if (placeholders.containsKey(name)) {
                continue;
            }
            Optional<String> closest = Similarity.closest(name, placeholders.keySet());
            String message = "Clause `" + clause.id().text() + "` in " + entry.describeLibrary() + " has no placeholder `" + name
                    + "`, so this value is not used."
                    + closest.map(c -> " Did you mean `" + c + "`?")
                            .orElse(placeholders.isEmpty() ? " The clause has no placeholders."
                                    : " Its placeholders are " + String.join(", ", placeholders.keySet()) + ".");
            Diagnostic d = Diagnostic.of(Rule.UNKNOWN_CLAUSE, argument.name().span(), message)
                    .withRelated(related(entry));
            if (closest.isPresent()) {
                d = d.withFix(Fix.safe("Change to `" + closest.get() + "`", new TextEdit(argument.name().span(), closest.get())));
            }
            report.accept(d);
        }
    }

    private static void unfilled(CheckContext context, Clause clause, Catalog.ClauseEntry entry,
            Map<String, Optional<String>> placeholders, Consumer<Diagnostic> report) {
        Map<String, String> values = ClauseText.values(clause, context.file().document());
        for (Map.Entry<String, Optional<String>> p : placeholders.entrySet()) {
            if (p.getValue().isPresent() || values.containsKey(p.getKey())) {
                continue;
            }
            String name = p.getKey();
            String message = "Clause `" + clause.id().text() + "` takes its wording from " + entry.describeLibrary()
                    + ", whose placeholder `" + name + "` has no default: give its value, as in `clause "
                    + clause.id().text() + " (" + name + " \"...\")`.";
            Diagnostic d = Diagnostic.of(Rule.PLACEHOLDER, clause.id().span(), message).withRelated(related(entry));
            Optional<TextEdit> edit = addArgument(context, clause, name);
            if (edit.isPresent()) {
                d = d.withFix(Fix.onRequest("Add a value for `" + name + "`", edit.get()));
            }
            report.accept(d);
        }
    }

    /** Inserts {@code name ""} into the clause's arguments, or a new argument list after the title or ID. */
    private static Optional<TextEdit> addArgument(CheckContext context, Clause clause, String name) {
        String text = context.source().text();
        List<Clause.Argument> args = new ArrayList<>(clause.arguments());
        if (args.isEmpty()) {
            int at = clause.title() != null ? clause.title().span().end() : clause.id().span().end();
            return Optional.of(TextEdit.insert(at, " (" + name + " \"\")"));
        }
        Clause.Argument last = args.get(args.size() - 1);
        int close = text.indexOf(')', last.span().end());
        if (close < 0 || close > clause.span().end()) {
            return Optional.empty();
        }
        return Optional.of(new TextEdit(Span.at(close), ", " + name + " \"\""));
    }

    private static RelatedLocation related(Catalog.ClauseEntry entry) {
        return new RelatedLocation(entry.source().name(), entry.clause().id().span(),
                "Clause `" + entry.clause().id().text() + "` in " + entry.describeLibrary() + ".");
    }
}
