package cspec.core.editor;

import cspec.core.syntax.Actions;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Profile;
import java.util.Optional;

/** Hover on a profile item's action or party: what the contract must say for the item to be stated. */
final class ProfileItemHovers {
    private ProfileItemHovers() {
    }

    static Optional<Hovers.Hover> at(DocumentIndex index, int offset) {
        if (!(index.analysis().file().document() instanceof Profile profile)) {
            return Optional.empty();
        }
        for (Profile.Expectation e : profile.expectations()) {
            Ident action = e.kind() == Profile.Kind.DURATION ? e.id() : e.action();
            if (action != null && action.span().contains(offset)) {
                return Actions.builtIn().byId(action.text()).map(a -> new Hovers.Hover(action(a, e.kind()), action.span()));
            }
            if (e.kind() == Profile.Kind.PARTY && e.id().span().contains(offset)) {
                return Optional.of(new Hovers.Hover("**party " + e.id().text() + "**: stated when "
                        + (e.id().text().equals("either") ? "either party" : "the " + e.id().text())
                        + " (any of its role words, or its name) is the subject of an obligation or right, such as"
                        + " \"must\", \"shall\", \"may\", \"agrees to\" or \"is responsible for\".", e.id().span()));
            }
        }
        return Optional.empty();
    }

    private static String action(Actions.Action a, Profile.Kind kind) {
        String what = kind == Profile.Kind.DURATION
                ? "a duration or a frequency in a sentence about " + a.label()
                        + (a.timer() == null ? "" : ", or an SLA severity's `" + a.timer() + "` timer")
                : "a sentence about " + a.label();
        return "**" + a.id() + "**: stated by " + what + ". Its words: " + String.join(", ", a.words()) + ".";
    }
}
