package cspec.core.profile;

import cspec.core.catalog.ProfileChoice;
import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.Similarity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code unknown-profile}: the contract's profile (or cspec.json's default) names no built-in or
 * workspace profile. Suggests the nearest known ID and, on the profile line, offers to change it
 * (a quick fix the user chooses, not part of fix-all).
 */
public final class UnknownProfileCheck implements Check {
    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Optional<ProfileChoice> choice = ProfileChoice.of(context.file().document(), context.config().defaultProfile());
        if (choice.isEmpty() || context.catalog().profile(choice.get().id()).isPresent()) {
            return;
        }
        ProfileChoice c = choice.get();
        List<String> known = context.catalog().profiles().stream().map(p -> p.profile().id().text()).sorted().toList();
        Optional<String> closest = Similarity.closest(c.id(), known);
        String where = c.fromConfig() ? "cspec.json's default profile `" + c.id() + "`" : "`" + c.id() + "`";
        String message = where + " is not a built-in or workspace profile, so cspec cannot check what this contract must contain."
                + closest.map(s -> " Did you mean `" + s + "`?")
                        .orElse(" Known profiles: " + String.join(", ", known) + ".");
        Diagnostic d = Diagnostic.of(Rule.UNKNOWN_PROFILE, c.at(), message);
        if (closest.isPresent() && !c.fromConfig()) {
            // Offered, never applied unasked: naming another profile changes what the contract is
            // checked against, and fix-all would bring in that profile's missing sections as new
            // errors (found by fuzzing: "profile soc-servi" fixed to soc-services added eleven).
            d = d.withFix(Fix.onRequest("Change to `" + closest.get() + "`", new TextEdit(c.at(), closest.get())));
        }
        report.accept(d);
    }
}
