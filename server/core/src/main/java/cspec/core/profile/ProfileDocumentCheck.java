package cspec.core.profile;

import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Profile;
import cspec.core.text.LineIndex;
import cspec.core.text.Similarity;
import cspec.core.text.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A profile document's own consistency: {@code duplicate-id} when it asks for the same section,
 * clause or SLA twice (a {@code requires} and a {@code recommends} of one section contradict each
 * other: the contract cannot tell whether the item is mandatory), and {@code unknown-clause}
 * when it requires a clause that no library it can see has, since every contract would then be
 * told to add a clause with no standard wording (usually a misspelt ID).
 */
public final class ProfileDocumentCheck implements Check {
    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (!(context.file().document() instanceof Profile profile)) {
            return;
        }
        Map<String, Profile.Expectation> first = new HashMap<>();
        for (Profile.Expectation e : profile.expectations()) {
            unknownPart(context, profile, e).ifPresent(report);
            String key = e.kind() + ":" + text(e.id()) + ":" + (e.kind() == Profile.Kind.TERM ? e.title().value() : "") + ":"
                    + text(e.action()) + ":" + text(e.within());
            Profile.Expectation earlier = first.putIfAbsent(key, e);
            if (earlier != null) {
                report.accept(repeat(context, e, earlier));
            }
            if (e.kind() == Profile.Kind.CLAUSE && e.strength() == Profile.Strength.REQUIRES && e.id() != null
                    && context.catalog().clause(e.id().text()).isEmpty()) {
                report.accept(unknownClause(context, e));
            }
        }
    }

    private static String text(Ident id) {
        return id == null ? "" : id.text();
    }

    /**
     * {@code in ID} must name a section or clause this profile asks for, since that is where its
     * content is looked for; a clause holds wording only, so it can state durations, duties and
     * terms, not SLAs, timers or other clauses.
     */
    private static Optional<Diagnostic> unknownPart(CheckContext context, Profile profile, Profile.Expectation e) {
        if (e.within() == null || e.kind() == Profile.Kind.SECTION) {
            return Optional.empty();
        }
        String id = e.within().text();
        List<Profile.Expectation> parts = profile.expectations().stream()
                .filter(t -> (t.kind() == Profile.Kind.SECTION || t.kind() == Profile.Kind.CLAUSE) && t.within() == null
                        && t.id() != null)
                .toList();
        Optional<Profile.Expectation> part = parts.stream().filter(t -> t.id().text().equals(id)).findFirst();
        if (part.isEmpty()) {
            Optional<String> closest = Similarity.closest(id, parts.stream().map(t -> t.id().text()).toList());
            Diagnostic d = Diagnostic.of(Rule.UNKNOWN_REFERENCE, e.within().span(), "This profile asks for no section or clause `"
                    + id + "`, so nothing would be checked for this item: name one it asks for, or add `requires section "
                    + id + " \"Title\"`." + closest.map(c -> " Did you mean `" + c + "`?").orElse(""));
            if (closest.isPresent()) {
                d = d.withFix(Fix.safe("Change to `" + closest.get() + "`", new TextEdit(e.within().span(), closest.get())));
            }
            return Optional.of(d);
        }
        boolean wordingOnly = e.kind() == Profile.Kind.DURATION || e.kind() == Profile.Kind.PARTY || e.kind() == Profile.Kind.TERM;
        if (part.get().kind() == Profile.Kind.CLAUSE && !wordingOnly) {
            return Optional.of(Diagnostic.of(Rule.UNKNOWN_REFERENCE, e.within().span(), "`" + id + "` is a clause, whose"
                    + " wording can state a duration, a party's duty or a defined term, not " + describe(e)
                    + ": ask for it in a section instead."));
        }
        return Optional.empty();
    }

    private static Diagnostic repeat(CheckContext context, Profile.Expectation e, Profile.Expectation earlier) {
        String what = describe(e);
        int line = context.source().lines().lineOf(earlier.span().start()) + 1;
        String message = earlier.strength() == e.strength()
                ? "This profile already " + verb(earlier) + " " + what + " on line " + line + ": remove this repeat."
                : "This profile " + verb(earlier) + " " + what + " on line " + line + " and " + verb(e)
                        + " it here, which contradict each other: keep `requires` if every contract must have it,"
                        + " or `recommends` if it is rated, and remove the other.";
        Span at = e.id() != null ? e.id().span() : e.span();
        Diagnostic d = Diagnostic.of(Rule.DUPLICATE_ID, at, message)
                .withRelated(RelatedLocation.here(earlier.id() != null ? earlier.id().span() : earlier.span(),
                        "The first time this profile " + verb(earlier) + " " + what + "."));
        // Removing the repeat keeps every word only when it carries no guidance of its own.
        if (e.guidance() == null && e.title() == null) {
            d = d.withFix(Fix.onRequest("Remove this repeat", new TextEdit(wholeLines(context, e.span()), "")));
        }
        return d;
    }

    private static Diagnostic unknownClause(CheckContext context, Profile.Expectation e) {
        String id = e.id().text();
        List<String> known = context.catalog().clauses().stream().map(c -> c.clause().id().text()).sorted().toList();
        Optional<String> closest = Similarity.closest(id, known);
        String message = "No library this profile can see has a clause `" + id + "`, so every contract would be asked"
                + " for a clause with no standard wording."
                + closest.map(c -> " Did you mean `" + c + "`?")
                        .orElse(" Check the ID, or add the clause to a workspace library.");
        Diagnostic d = Diagnostic.of(Rule.UNKNOWN_CLAUSE, e.id().span(), message);
        if (closest.isPresent()) {
            d = d.withFix(Fix.safe("Change to `" + closest.get() + "`", new TextEdit(e.id().span(), closest.get())));
        }
        return d;
    }

    private static String verb(Profile.Expectation e) {
        return e.strength() == Profile.Strength.REQUIRES ? "requires" : "recommends";
    }

    private static String describe(Profile.Expectation e) {
        String in = e.within() == null ? "" : " in `" + e.within().text() + "`";
        return switch (e.kind()) {
            case SLA -> "an SLA" + in;
            case SECTION -> "section `" + e.id().text() + "`";
            case CLAUSE -> "clause `" + e.id().text() + "`" + in;
            case DURATION -> "a duration for `" + e.id().text() + "`" + in;
            case PARTY -> "a duty of the " + e.id().text() + (e.action() == null ? "" : " to `" + e.action().text() + "`") + in;
            case TIMER -> "a `" + e.id().text() + "` timer" + in;
            case TERM -> "the term \"" + e.title().value() + "\"" + in;
        };
    }

    /** The lines the span sits on, line breaks included, when nothing else shares them; else the span. */
    private static Span wholeLines(CheckContext context, Span span) {
        String text = context.source().text();
        LineIndex lines = context.source().lines();
        int start = lines.lineStart(lines.lineOf(span.start()));
        int lastLine = lines.lineOf(Math.max(span.start(), span.end() - 1));
        int end = lines.lineEnd(lastLine, text);
        if (!text.substring(start, span.start()).isBlank() || !text.substring(span.end(), end).isBlank()) {
            return span;
        }
        int next = lastLine + 1 < lines.lineCount() ? lines.lineStart(lastLine + 1) : end;
        return new Span(start, next);
    }
}
