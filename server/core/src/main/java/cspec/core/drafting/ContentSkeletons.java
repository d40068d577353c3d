package cspec.core.drafting;

import cspec.core.syntax.Actions;
import cspec.core.syntax.Profile;
import java.util.Locale;
import java.util.Optional;

/**
 * The requirement {@code cspec new} writes for what a profile says a section must state: a
 * sentence that states it, with [bracketed blanks] for the author to fill, so that the new
 * contract's only errors are its blanks.
 */
final class ContentSkeletons {
    private ContentSkeletons() {
    }

    /** The line for a duration or a party's duty, numbered n in its section; empty for other items. */
    static Optional<String> line(Profile.Expectation e, String sectionId, int n) {
        String id = sectionId.toUpperCase(Locale.ROOT) + "-" + n;
        String word = e.action() != null ? firstWord(e.action().text())
                : e.kind() == Profile.Kind.DURATION ? firstWord(e.id().text()) : null;
        return switch (e.kind()) {
            case DURATION -> Optional.of("must " + id + ": The Provider must [" + word + ": say what, for whom] within"
                    + " [24 hours] of [the event that starts the clock].");
            case PARTY -> Optional.of("must " + id + ": The " + (e.id().text().equals("client") ? "Client" : "Provider")
                    + " must [" + (word == null ? "" : word + ": ") + "write this duty].");
            default -> Optional.empty();
        };
    }

    private static String firstWord(String actionId) {
        return Actions.builtIn().byId(actionId).map(a -> a.words().get(0)).orElse(actionId);
    }
}
