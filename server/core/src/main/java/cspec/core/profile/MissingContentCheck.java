package cspec.core.profile;

import cspec.core.catalog.Catalog;
import cspec.core.catalog.ProfileChoice;
import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.content.ContentSearch;
import cspec.core.content.ContractText;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.TextEdit;
import cspec.core.drafting.Insertions;
import cspec.core.drafting.RoleWords;
import cspec.core.drafting.Skeletons;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Section;
import cspec.core.text.Span;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code missing-content}: what the profile says a part of the contract must state
 * ({@code requires duration notify in incident-response}) and the contract does not. An item of a
 * section is looked for in the whole contract, since what another section states is stated all
 * the same; the finding sits on the section's ID and says what to write. An item of a clause is
 * looked for in that clause's wording. Nothing is reported for a part the contract lacks (the
 * profile's missing-section or missing-clause says so), for a section with no items yet, nor for
 * SLA items when the contract has no SLA and the profile requires one (missing-sla says so).
 */
public final class MissingContentCheck implements Check {
    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Optional<Contract> contract = context.contract();
        Optional<ProfileChoice> choice = ProfileChoice.of(context.file().document(), context.config().defaultProfile());
        if (contract.isEmpty() || choice.isEmpty()) {
            return;
        }
        Optional<Catalog.ProfileEntry> entry = context.catalog().profile(choice.get().id());
        if (entry.isEmpty()) {
            return;
        }
        Profile profile = entry.get().profile();
        ContentSearch search = new ContentSearch(context, profile);
        ContractText whole = ContractText.of(contract.get().items(), context);
        boolean slaReportedMissing = context.outline().slas().isEmpty() && profile.expectations().stream()
                .anyMatch(e -> e.kind() == Profile.Kind.SLA && e.within() == null && e.strength() == Profile.Strength.REQUIRES);
        for (Profile.Expectation e : profile.expectations()) {
            if (!e.isContent() || e.kind() == Profile.Kind.SECTION
                    || slaReportedMissing && (e.kind() == Profile.Kind.TIMER || e.kind() == Profile.Kind.SLA)) {
                continue;
            }
            place(context, profile, e, choice.get(), whole).ifPresent(p -> {
                ContentSearch.Result found = search.find(e, p.text());
                if (!found.found()) {
                    report.accept(finding(context, entry.get(), e, p, found));
                }
            });
        }
    }

    /**
     * Where an item is looked for and reported: the section's ID, the clause's, or the profile line;
     * name opens the message, up to what is missing.
     */
    private record Place(Span at, String name, ContractText text, Section section) {
    }

    private static Optional<Place> place(CheckContext context, Profile profile, Profile.Expectation e, ProfileChoice choice,
            ContractText whole) {
        if (e.within() == null) {
            return Optional.of(new Place(choice.at(), "This contract states no ", whole, null));
        }
        String id = e.within().text();
        Optional<Profile.Expectation> target = profile.expectations().stream()
                .filter(t -> (t.kind() == Profile.Kind.SECTION || t.kind() == Profile.Kind.CLAUSE) && t.within() == null
                        && t.id() != null && t.id().text().equals(id))
                .findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Outline outline = context.outline();
        if (target.get().kind() == Profile.Kind.SECTION) {
            // An empty section is a skeleton being written (the missing-section fix inserts one, with
            // what it must state in its comment): its content is checked once it has items.
            return outline.sections().stream().map(Outline.Placed::item).filter(s -> s.id().text().equals(id))
                    .filter(s -> !s.items().isEmpty()).findFirst()
                    .map(s -> new Place(s.id().span(), "Neither section `" + id + "` nor the rest of the contract states ", whole, s));
        }
        // A clause with no wording of its own and no library has nothing to read: unknown-clause says so.
        return outline.clauses().stream().map(Outline.Placed::item).filter(c -> c.id().text().equals(id))
                .filter(c -> c.prose() != null || context.catalog().clause(id).isPresent()).findFirst()
                .map(c -> new Place(c.id().span(), "Clause `" + id + "` states no ", ContractText.of(c, context), null));
    }

    private static Diagnostic finding(CheckContext context, Catalog.ProfileEntry profile, Profile.Expectation e, Place place,
            ContentSearch.Result found) {
        RoleWords roles = RoleWords.of(context.file().document());
        boolean required = e.strength() == Profile.Strength.REQUIRES;
        String what = ContentWords.what(e, roles, context.catalog());
        Optional<String> guidance = Skeletons.guidance(e, profile.source());
        String near = found.near() == null ? "" : " The nearest is on line "
                + (context.source().lines().lineOf(found.near().start()) + 1) + ", which " + found.nearLacks() + ".";
        String stated = place.name().endsWith("no ") ? what.replaceFirst("^(a|an|the) ", "") : what;
        String message = place.name() + stated + ", which "
                + profile.describe() + " " + (required ? "requires" : "recommends") + " here." + near + " "
                + ContentWords.howToWrite(e, roles)
                + guidance.map(g -> " Guidance: " + g + (g.endsWith(".") ? "" : ".")).orElse("");
        Diagnostic d = Diagnostic.of(Rule.MISSING_CONTENT, place.at(), message)
                .withRelated(new RelatedLocation(profile.source().name(), e.span(),
                        capitalise(what) + ", as " + profile.describe() + " " + (required ? "requires" : "recommends") + " it."));
        if (found.near() != null) {
            d = d.withRelated(RelatedLocation.here(found.near(), "The nearest statement, which " + found.nearLacks() + "."));
        }
        if (!required) {
            d = d.withSeverity(Severity.INFORMATION);
        }
        if (e.kind() == Profile.Kind.CLAUSE && place.section() != null) {
            Insertions insertions = new Insertions(context.source(), context.outline());
            String id = e.id().text();
            Optional<TextEdit> edit = insertions.inside(place.section(), i -> Skeletons.clauseReference(id, i));
            if (edit.isPresent()) {
                d = d.withFix(Fix.safe("Add `clause " + id + "` to section `" + place.section().id().text() + "`", edit.get()));
            }
        }
        return d;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
