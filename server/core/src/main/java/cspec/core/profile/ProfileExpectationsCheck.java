package cspec.core.profile;

import cspec.core.drafting.Insertions;
import cspec.core.drafting.RoleWords;
import cspec.core.drafting.Skeletons;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.ProfileChoice;
import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.content.ClauseMatches;
import cspec.core.content.ContentSearch;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.FixApplier;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Section;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Consumer;

/**
 * {@code missing-section}, {@code missing-sla}, {@code missing-clause}: what the contract's
 * profile asks for and the contract lacks, once per item, on the profile line (or the title when
 * the profile comes from cspec.json). Error for {@code requires}, information for
 * {@code recommends}; the message carries the profile's guidance and the quick fix inserts a
 * skeleton of the item in the place it belongs. A clause of the contract's own that stands in for
 * a required clause (see {@link ClauseMatches}) satisfies it; one that names the clause's topic
 * but falls short is told why, on its own ID. Content items ({@code ... in ID}) are
 * {@link MissingContentCheck}'s.
 */
public final class ProfileExpectationsCheck implements Check {
    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Optional<ProfileChoice> choice = ProfileChoice.of(context.file().document(), context.config().defaultProfile());
        if (choice.isEmpty()) {
            return;
        }
        Optional<Catalog.ProfileEntry> entry = context.catalog().profile(choice.get().id());
        if (entry.isEmpty()) {
            return;
        }
        Insertions insertions = new Insertions(context.source(), context.outline());
        List<Profile.Expectation> expectations = entry.get().profile().expectations();
        ContentSearch search = new ContentSearch(context, entry.get().profile());
        for (int i = 0; i < expectations.size(); i++) {
            Profile.Expectation e = expectations.get(i);
            if (e.isContent() || present(context.outline(), e)) {
                continue;
            }
            Optional<ClauseMatches.Candidate> standIn = e.kind() == Profile.Kind.CLAUSE
                    ? ClauseMatches.best(search, e.id().text()) : Optional.empty();
            if (standIn.isPresent() && standIn.get().complete()) {
                continue;
            }
            Diagnostic d = missing(context, choice.get(), entry.get(), expectations, i, insertions);
            report.accept(standIn.map(c -> c.byTitle() ? StandIns.whyNot(context, entry.get(), e, c, d) : StandIns.nearest(context, c, d))
                    .orElse(d));
        }
    }

    static boolean present(Outline outline, Profile.Expectation e) {
        if (e.kind() == Profile.Kind.SLA) {
            return !outline.slas().isEmpty();
        }
        if (e.id() == null) {
            return true;
        }
        String id = e.id().text();
        if (e.kind() == Profile.Kind.SECTION) {
            return outline.sections().stream().anyMatch(p -> p.item().id().text().equals(id));
        }
        return outline.clauses().stream().anyMatch(p -> p.item().id().text().equals(id));
    }

    private Diagnostic missing(CheckContext context, ProfileChoice choice, Catalog.ProfileEntry profile,
            List<Profile.Expectation> all, int index, Insertions insertions) {
        Profile.Expectation e = all.get(index);
        Optional<String> guidance = Skeletons.guidance(e, profile.source());
        boolean required = e.strength() == Profile.Strength.REQUIRES;
        String verb = required ? "requires" : "recommends";
        String what = describe(context, e);
        String message = capitalise(profile.describe()) + ", " + choice.origin() + ", " + verb + " " + what
                + ", and this contract has none."
                + guidance.map(g -> " Guidance: " + g + (g.endsWith(".") ? "" : "."))
                        .orElse(" Add it; the quick fix inserts a skeleton.");
        Rule rule = e.kind() == Profile.Kind.SECTION ? Rule.MISSING_SECTION
                : e.kind() == Profile.Kind.SLA ? Rule.MISSING_SLA : Rule.MISSING_CLAUSE;
        // The ID a broken line would hold, so RootCauses can tell a consequence from a second mistake.
        String subject = e.kind() == Profile.Kind.SLA ? "sla" : e.id().text();
        Diagnostic d = Diagnostic.of(rule, choice.at(), message).about(subject)
                .withRelated(new RelatedLocation(profile.source().name(), e.span(),
                        capitalise(what) + ", as " + profile.describe() + " " + verb + " it."));
        if (!required) {
            d = d.withSeverity(Severity.INFORMATION);
        }
        // Where a skeleton goes is worked out from the structure that parsed. In a file with syntax
        // errors that place may sit inside a broken block, where the skeleton would not count (fix-all
        // once added the same section a hundred times): there the fixes are offered, not applied unasked.
        boolean readsCleanly = context.file().syntaxErrors().isEmpty();
        for (Fix fix : fixes(context, e, all, index, guidance, insertions)) {
            d = d.withFix(new Fix(fix.title(), fix.edits(), fix.safe() && readsCleanly && counts(context, e, fix)));
        }
        return d;
    }

    /**
     * Whether the skeleton, once in, is what the profile asks for: the text parsed again holds it.
     * A file can read cleanly and still place it where it does not count (fuzzing: after a `must`
     * alone on its line, the requirement's ID and every line below it, clause lines included,
     * read as its text, and fix-all added the same clause a hundred times). There the fix is
     * offered, not applied unasked.
     */
    private static boolean counts(CheckContext context, Profile.Expectation e, Fix fix) {
        String text;
        try {
            text = FixApplier.applyEdits(context.file().source().text(), fix.edits());
        } catch (IllegalArgumentException overlapping) {
            return false;
        }
        SpecFile after = SpecParser.parse(new SourceText(context.file().source().name(), text));
        return after.document() != null && present(Outline.of(after.document()), e);
    }

    private static String describe(CheckContext context, Profile.Expectation e) {
        if (e.kind() == Profile.Kind.SLA) {
            return "at least one `sla` block";
        }
        if (e.kind() == Profile.Kind.SECTION) {
            return "a section `" + e.id().text() + "`" + (e.title() != null ? " (" + e.title().value() + ")" : "");
        }
        Optional<Catalog.ClauseEntry> clause = context.catalog().clause(e.id().text());
        return "the clause `" + e.id().text() + "`"
                + clause.map(c -> " (" + c.titleOrId() + ", from " + c.describeLibrary() + ")").orElse("");
    }

    private List<Fix> fixes(CheckContext context, Profile.Expectation e, List<Profile.Expectation> all, int index,
            Optional<String> guidance, Insertions insertions) {
        if (e.kind() == Profile.Kind.SECTION) {
            Optional<String> withContent = mustState(context, e, all).map(m -> guidance.map(g -> g + " " + m).orElse(m))
                    .or(() -> guidance);
            Function<String, String> skeleton = indent -> Skeletons.section(e, withContent, indent, List.of());
            return List.of(Fix.safe("Add section `" + e.id().text() + "`", sectionPlace(all, index, insertions, skeleton)));
        }
        if (e.kind() == Profile.Kind.SLA) {
            Set<String> taken = new HashSet<>();
            context.outline().slas().forEach(p -> taken.add(p.item().id().text()));
            context.outline().sections().forEach(p -> taken.add(p.item().id().text()));
            String id = Skeletons.freeSlaId(taken);
            Function<String, String> skeleton = indent -> Skeletons.sla(id, guidance, indent);
            return List.of(Fix.safe("Add an SLA skeleton", slaPlace(insertions, skeleton)));
        }
        Optional<Catalog.ClauseEntry> entry = context.catalog().clause(e.id().text());
        String id = e.id().text();
        if (entry.isEmpty()) {
            return List.of(Fix.safe("Add clause `" + id + "` to write", insertions.atEnd(i -> Skeletons.clauseToWrite(id, guidance, i))));
        }
        Optional<Outline.Placed<Section>> home = entry.get().sectionHint().flatMap(insertions::section);
        Fix byReference = Fix.safe("Add `clause " + id + "` (standard wording)",
                clausePlace(home, insertions, i -> Skeletons.clauseReference(id, i)));
        RoleWords roles = RoleWords.of(context.file().document());
        Fix writtenOut = Fix.onRequest("Add clause `" + id + "` with its standard wording written out",
                clausePlace(home, insertions, i -> Skeletons.clauseWrittenOut(entry.get(), roles, i)));
        return List.of(byReference, writtenOut);
    }

    /** "It must state: a duration for notifying; ..." for the section's required content, if any. */
    private static Optional<String> mustState(CheckContext context, Profile.Expectation section, List<Profile.Expectation> all) {
        RoleWords roles = RoleWords.of(context.file().document());
        List<String> items = all.stream()
                .filter(x -> x.strength() == Profile.Strength.REQUIRES && x.within() != null
                        && x.within().text().equals(section.id().text()))
                .map(x -> ContentWords.what(x, roles, context.catalog()))
                .toList();
        return items.isEmpty() ? Optional.empty() : Optional.of("It must state " + String.join("; ", items) + ".");
    }

    /** After the nearest earlier section of the profile that the contract has, else before the nearest later one, else at the end. */
    private static TextEdit sectionPlace(List<Profile.Expectation> all, int index, Insertions insertions,
            Function<String, String> skeleton) {
        for (int i = index - 1; i >= 0; i--) {
            Optional<Outline.Placed<Section>> found = sectionOf(all.get(i), insertions);
            if (found.isPresent()) {
                return insertions.after(Insertions.topLevel(found.get()), skeleton);
            }
        }
        for (int i = index + 1; i < all.size(); i++) {
            Optional<Outline.Placed<Section>> found = sectionOf(all.get(i), insertions);
            if (found.isPresent()) {
                return insertions.before(Insertions.topLevel(found.get()), skeleton);
            }
        }
        return insertions.atEnd(skeleton);
    }

    private static Optional<Outline.Placed<Section>> sectionOf(Profile.Expectation e, Insertions insertions) {
        return e.kind() == Profile.Kind.SECTION && e.id() != null ? insertions.section(e.id().text()) : Optional.empty();
    }

    /** Into the service-levels section when the contract has one, else at the end. */
    private static TextEdit slaPlace(Insertions insertions, Function<String, String> skeleton) {
        return insertions.section("service-levels")
                .flatMap(p -> insertions.inside(p.item(), skeleton))
                .orElseGet(() -> insertions.atEnd(skeleton));
    }

    private static TextEdit clausePlace(Optional<Outline.Placed<Section>> home, Insertions insertions,
            Function<String, String> skeleton) {
        return home.flatMap(p -> insertions.inside(p.item(), skeleton)).orElseGet(() -> insertions.atEnd(skeleton));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
