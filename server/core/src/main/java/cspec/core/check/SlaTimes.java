package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Duration;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine.SeverityLevel;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The times of an SLA's severities: {@code sla-response-after-resolution} (a severity answered
 * later than it is resolved) and {@code sla-severity-order} (a later, less severe level promised
 * faster than an earlier one). A severity with its times swapped is reported once, as the swap,
 * and left out of the order comparison, since the swap is the root cause of any disorder.
 * Durations compare in minutes (a business day is 8 business hours).
 */
public final class SlaTimes implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        for (Outline.Placed<Sla> placed : context.outline().slas()) {
            check(context.source(), placed.item(), report);
        }
    }

    private static void check(SourceText source, Sla sla, Consumer<Diagnostic> report) {
        List<SeverityLevel> sound = new ArrayList<>();
        for (SeverityLevel level : sla.all(SeverityLevel.class).toList()) {
            if (level.response() != null && level.resolution() != null
                    && level.response().minutes() > level.resolution().minutes()) {
                report.accept(swapped(source, level));
            } else {
                sound.add(level);
            }
        }
        for (int i = 1; i < sound.size(); i++) {
            SeverityLevel later = sound.get(i);
            Diagnostic d = outOfOrder(sound.subList(0, i), later, SeverityLevel::response, "response");
            if (d == null) {
                d = outOfOrder(sound.subList(0, i), later, SeverityLevel::resolution, "resolution");
            }
            if (d != null) {
                report.accept(d);
            }
        }
    }

    private static Diagnostic swapped(SourceText source, SeverityLevel level) {
        Duration response = level.response();
        Duration resolution = level.resolution();
        String responseText = source.slice(response.span());
        String resolutionText = source.slice(resolution.span());
        return Diagnostic.of(Rule.SLA_RESPONSE_AFTER_RESOLUTION, response.span(),
                        "Severity " + level.id().text() + " is answered within " + responseText + " but resolved within "
                                + resolutionText + ": the response cannot come after the resolution. Make the response time"
                                + " shorter than the resolution time (were they swapped?).")
                .withRelated(RelatedLocation.here(resolution.span(), "The resolution time."))
                .withFix(Fix.onRequest("Swap the response and resolution times",
                        new TextEdit(response.span(), resolutionText), new TextEdit(resolution.span(), responseText)));
    }

    /** The finding when later is promised faster than the first earlier level, or null when it is not. */
    private static Diagnostic outOfOrder(List<SeverityLevel> earlier, SeverityLevel later,
            Function<SeverityLevel, Duration> time, String what) {
        Duration mine = time.apply(later);
        if (mine == null) {
            return null;
        }
        for (SeverityLevel before : earlier) {
            Duration theirs = time.apply(before);
            if (theirs != null && mine.minutes() < theirs.minutes()) {
                return Diagnostic.of(Rule.SLA_SEVERITY_ORDER, mine.span(),
                        "Severity " + later.id().text() + " gets a " + what + " within " + mine.canonical() + ", faster than "
                                + "the more severe " + before.id().text() + " (" + theirs.canonical() + "): list severities from"
                                + " most to least severe and give each a " + what + " time no shorter than the one above it.")
                        .withRelated(RelatedLocation.here(theirs.span(),
                                "The " + what + " time of " + before.id().text() + ", listed before " + later.id().text() + "."));
            }
        }
        return null;
    }
}
