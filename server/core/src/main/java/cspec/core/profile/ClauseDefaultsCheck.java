package cspec.core.profile;

import cspec.core.catalog.Catalog;
import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.drafting.ClauseText;
import cspec.core.drafting.Placeholder;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Library;
import cspec.core.syntax.Outline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code clause-defaults}: a library may mark a placeholder's default for review with
 * {@code (review NAME)}, when the default is one reader's circumstances (an insurance amount in
 * CAD, the countries data may be stored in). A contract clause that takes the library's wording
 * with such a default gets one information finding naming every default it took, until it gives
 * its own values (giving the default itself confirms it; the quick fix writes the defaults out).
 * In a library, a {@code review} naming no placeholder with a default is {@code unknown-clause}.
 */
public final class ClauseDefaultsCheck implements Check {
    static final String REVIEW = "review";

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.file().document() instanceof Library library) {
            library.clauses().forEach(c -> unknownReviews(context, c, report));
            return;
        }
        if (context.contract().isEmpty()) {
            return;
        }
        for (Outline.Placed<Clause> placed : context.outline().clauses()) {
            Clause clause = placed.item();
            if (clause.prose() != null) {
                continue;
            }
            context.catalog().clause(clause.id().text()).ifPresent(entry -> {
                Map<String, String> taken = defaultsTaken(context, clause, entry);
                if (!taken.isEmpty()) {
                    report.accept(finding(context, clause, entry, taken));
                }
            });
        }
    }

    /** The placeholders marked for review that this clause leaves at their defaults, with those defaults. */
    private static Map<String, String> defaultsTaken(CheckContext context, Clause clause, Catalog.ClauseEntry entry) {
        Map<String, Optional<String>> placeholders = ClauseText.placeholders(entry);
        Map<String, String> given = ClauseText.values(clause, context.file().document());
        Map<String, String> taken = new LinkedHashMap<>();
        for (String name : ClauseText.reviewed(entry.clause())) {
            Optional<String> byDefault = placeholders.getOrDefault(name, Optional.empty());
            if (byDefault.isPresent() && !given.containsKey(name)) {
                taken.put(name, byDefault.get());
            }
        }
        return taken;
    }

    private static Diagnostic finding(CheckContext context, Clause clause, Catalog.ClauseEntry entry, Map<String, String> taken) {
        List<String> listed = new ArrayList<>();
        taken.forEach((name, value) -> listed.add("`" + name + "` (" + value + ")"));
        String id = clause.id().text();
        String first = taken.keySet().iterator().next();
        String message = "Clause `" + id + "` takes the default " + String.join(" and ", listed) + " from "
                + entry.describeLibrary() + ", which marks " + (taken.size() == 1 ? "it" : "them")
                + " for review: state the value this contract needs, as in `clause " + id + " (" + first
                + " \"...\")`; giving the default itself confirms it.";
        Diagnostic d = Diagnostic.of(Rule.CLAUSE_DEFAULTS, clause.id().span(), message)
                .withRelated(new RelatedLocation(entry.source().name(), entry.clause().id().span(),
                        "Clause `" + id + "` in " + entry.describeLibrary() + "."));
        return d.withFix(Fix.safe("Write the defaults out as this clause's values", writeOut(clause, taken)));
    }

    /** Adds {@code name "default"} for each default taken, into the clause's arguments or a new list. */
    private static TextEdit writeOut(Clause clause, Map<String, String> taken) {
        List<String> args = new ArrayList<>();
        taken.forEach((name, value) -> args.add(name + " " + quote(value)));
        String joined = String.join(", ", args);
        if (!clause.arguments().isEmpty()) {
            Clause.Argument last = clause.arguments().get(clause.arguments().size() - 1);
            return TextEdit.insert(last.span().end(), ", " + joined);
        }
        int at = clause.title() != null ? clause.title().span().end() : clause.id().span().end();
        return TextEdit.insert(at, " (" + joined + ")");
    }

    private static void unknownReviews(CheckContext context, Clause clause, Consumer<Diagnostic> report) {
        if (clause.prose() == null) {
            return;
        }
        var placeholders = Placeholder.scan(clause.prose().maskedText(context.source())).byName();
        for (Clause.Argument a : clause.arguments()) {
            if (!a.name().text().equals(REVIEW) || a.quoted() || a.value() == null) {
                continue;
            }
            if (placeholders.getOrDefault(a.value(), Optional.empty()).isEmpty()) {
                report.accept(Diagnostic.of(Rule.UNKNOWN_CLAUSE, a.valueSpan() != null ? a.valueSpan() : a.span(),
                        "Clause `" + clause.id().text() + "` has no placeholder `" + a.value() + "` with a default, so there is"
                                + " nothing to review: name one of its placeholders that has a default, or remove `review "
                                + a.value() + "`."));
            }
        }
    }

    /** A string literal for a value cspec writes into the clause's arguments. */
    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
