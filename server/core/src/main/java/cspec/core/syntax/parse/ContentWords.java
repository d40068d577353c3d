package cspec.core.syntax.parse;

import cspec.core.syntax.Actions;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Timers;
import cspec.core.text.Similarity;
import java.util.List;

/**
 * The fixed words of a profile's content items: an action ({@code duration notify}), a party
 * ({@code party client}) and a timer ({@code timer response}). Any other word is reported with the
 * closest one, as a misspelt period is.
 */
final class ContentWords {
    private static final List<String> PARTIES = List.of("client", "provider", "either");

    private ContentWords() {
    }

    /** True when the word fits the item's kind; otherwise reports it. */
    static boolean valid(Leaves leaf, Profile.Kind kind, Ident word) {
        List<String> allowed = switch (kind) {
            case DURATION -> Actions.builtIn().ids();
            case PARTY -> PARTIES;
            case TIMER -> Timers.STANDARD;
            default -> List.of(word.text());
        };
        if (allowed.contains(word.text())) {
            return true;
        }
        String what = switch (kind) {
            case DURATION -> "an action cspec can recognise (docs/profiles.md lists them)";
            case PARTY -> "a party: write `client`, `provider` or `either`";
            default -> "a standard timer: " + String.join(", ", Timers.STANDARD);
        };
        String suggestion = Similarity.closest(word.text(), allowed).map(s -> " Did you mean `" + s + "`?").orElse("");
        leaf.problem(word.span(), "`" + word.text() + "` is not " + what + "." + suggestion);
        return false;
    }
}
