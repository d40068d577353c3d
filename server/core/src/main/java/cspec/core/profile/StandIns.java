package cspec.core.profile;

import cspec.core.catalog.Catalog;
import cspec.core.check.CheckContext;
import cspec.core.content.ClauseMatches;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Profile;
import java.util.stream.Collectors;

/**
 * The missing-clause finding when the contract has a part of its own that nearly stands in for
 * the clause: it moves to that part and says exactly what keeps it from counting.
 */
final class StandIns {
    private StandIns() {
    }

    static Diagnostic whyNot(CheckContext context, Catalog.ProfileEntry profile, Profile.Expectation clause,
            ClauseMatches.Candidate candidate, Diagnostic missing) {
        RoleWords roles = RoleWords.of(context.file().document());
        String id = clause.id().text();
        String title = context.catalog().clause(id).map(c -> " (" + c.titleOrId() + ")").orElse("");
        String why;
        if (!candidate.missingContent().isEmpty()) {
            why = "it states no " + candidate.missingContent().stream()
                    .map(e -> ContentWords.what(e, roles, context.catalog()).replaceFirst("^(a|an|the) ", ""))
                    .collect(Collectors.joining(" and no ")) + ". " + ContentWords.howToWrite(candidate.missingContent().get(0), roles);
        } else {
            why = "its words never name " + String.join(" or ", candidate.missingTopic()) + ", so it may be about"
                    + " something else. Say what it covers in its wording, or give it a title that does.";
        }
        String reads = candidate.byTitle() ? "reads as `" + id + "`" + title + " by its name"
                : "states what `" + id + "`" + title + " must";
        String message = capitalise(candidate.name()) + " " + reads + ", but " + profile.describe()
                + " cannot count it as that clause: " + why
                + " Or take the library's wording with `clause " + id + "`.";
        Diagnostic d = Diagnostic.of(missing.rule(), candidate.at(), message).about(id)
                .withSeverity(missing.severity())
                .withRelated(missing.related());
        return d.withRelated(RelatedLocation.here(missing.span(), "The profile that asks for `" + id + "`."));
    }

    /** The finding stays on the profile line and names the part that states the content without the topic. */
    static Diagnostic nearest(CheckContext context, ClauseMatches.Candidate candidate, Diagnostic missing) {
        int line = context.source().lines().lineOf(candidate.at().start()) + 1;
        String note = " The nearest is " + candidate.name() + " (line " + line + "), which states what the clause must but never"
                + " names " + String.join(" or ", candidate.missingTopic()) + ".";
        Diagnostic d = new Diagnostic(missing.rule(), missing.severity(), missing.span(), missing.message() + note,
                missing.related(), missing.fixes(), missing.unnecessary(), missing.subject());
        return d.withRelated(RelatedLocation.here(candidate.at(), "States what the clause must, but never names "
                + String.join(" or ", candidate.missingTopic()) + "."));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
