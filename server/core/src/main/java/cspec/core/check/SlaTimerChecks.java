package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.Timers;
import cspec.core.text.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The timers of an SLA's severities: {@code unknown-timer} (a name neither standard nor declared
 * with {@code timer}, with a did-you-mean), {@code duplicate-field} (one timer twice on a line),
 * {@code sla-timer-order} (acknowledge, response, triage, contain and resolution stop in that
 * order) and {@code sla-notify-deadline} (notify within the breach-notification clause's deadline).
 * A timer bounded by an event ("or the end of the shift, whichever is sooner") compares by its duration.
 */
public final class SlaTimerChecks implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Optional<BreachDeadline.Deadline> deadline = BreachDeadline.of(context);
        for (Outline.Placed<Sla> placed : context.outline().slas()) {
            Sla sla = placed.item();
            Set<String> known = new LinkedHashSet<>(Timers.STANDARD);
            sla.all(SlaLine.TimerName.class).forEach(t -> known.add(t.id().text()));
            for (SlaLine.SeverityLevel level : sla.all(SlaLine.SeverityLevel.class).toList()) {
                boolean named = names(level, known, sla, report);
                if (named) {
                    order(level, report);
                    deadline.ifPresent(d -> notify(level, d, report));
                }
            }
        }
    }

    /** Reports unknown and repeated timer names; true when every name is known. */
    private static boolean names(SlaLine.SeverityLevel level, Set<String> known, Sla sla, Consumer<Diagnostic> report) {
        boolean allKnown = true;
        Map<String, SlaLine.Timer> first = new HashMap<>();
        for (SlaLine.Timer timer : level.timers()) {
            String name = timer.name().text();
            if (!known.contains(name)) {
                allKnown = false;
                report.accept(unknown(timer, known, sla));
                continue;
            }
            SlaLine.Timer earlier = first.putIfAbsent(name, timer);
            if (earlier != null) {
                report.accept(Diagnostic.of(Rule.DUPLICATE_FIELD, timer.span(), "Severity " + level.id().text()
                                + " already has a `" + name + "` time, and only the first counts: remove this one, or write"
                                + " the time you mean in the first.")
                        .withRelated(RelatedLocation.here(earlier.span(), "The `" + name + "` time that counts.")));
            }
        }
        return allKnown;
    }

    private static Diagnostic unknown(SlaLine.Timer timer, Set<String> known, Sla sla) {
        String name = timer.name().text();
        Optional<String> closest = Similarity.closest(name, known);
        String message = "`" + name + "` is not a timer of SLA `" + sla.id().text() + "`: write one of "
                + String.join(", ", known) + closest.map(c -> " (did you mean `" + c + "`?)").orElse("")
                + ", or declare it in the SLA with `timer " + name + " \"What it measures\"`.";
        Diagnostic d = Diagnostic.of(Rule.UNKNOWN_TIMER, timer.name().span(), message);
        return closest.map(c -> d.withFix(Fix.safe("Change to `" + c + "`", new TextEdit(timer.name().span(), c)))).orElse(d);
    }

    /** The first pair of chained timers out of order; response after resolution is sla-response-after-resolution's. */
    private static void order(SlaLine.SeverityLevel level, Consumer<Diagnostic> report) {
        List<SlaLine.Timer> chain = new ArrayList<>();
        for (String name : Timers.ORDER) {
            level.timer(name).ifPresent(chain::add);
        }
        for (int i = 0; i < chain.size(); i++) {
            for (int j = i + 1; j < chain.size(); j++) {
                SlaLine.Timer earlier = chain.get(i);
                SlaLine.Timer later = chain.get(j);
                boolean swappedResponse = earlier.name().text().equals(Timers.RESPONSE)
                        && later.name().text().equals(Timers.RESOLUTION);
                if (!swappedResponse && earlier.duration().minutes() > later.duration().minutes()) {
                    report.accept(Diagnostic.of(Rule.SLA_TIMER_ORDER, earlier.duration().span(), "Severity "
                                    + level.id().text() + " allows " + earlier.duration().canonical() + " to "
                                    + earlier.name().text() + " but only " + later.duration().canonical() + " to "
                                    + later.name().text() + ", which comes after it: make the " + earlier.name().text()
                                    + " time no longer than the " + later.name().text() + " time (the clocks stop in the order "
                                    + String.join(", ", Timers.ORDER) + ").")
                            .withRelated(RelatedLocation.here(later.duration().span(),
                                    "The " + later.name().text() + " time of " + level.id().text() + ".")));
                    return;
                }
            }
        }
    }

    private static void notify(SlaLine.SeverityLevel level, BreachDeadline.Deadline deadline, Consumer<Diagnostic> report) {
        level.timer(Timers.NOTIFY).ifPresent(timer -> {
            if (timer.duration().minutes() > deadline.minutes()) {
                report.accept(Diagnostic.of(Rule.SLA_NOTIFY_DEADLINE, timer.duration().span(), "Severity "
                                + level.id().text() + " gives " + timer.duration().canonical() + " to notify, but clause `"
                                + deadline.clauseId() + "` requires notice within " + deadline.text() + ": make the notify"
                                + " time " + deadline.text() + " or less, or change the clause.")
                        .withRelated(RelatedLocation.here(deadline.at(), "The deadline in clause `" + deadline.clauseId() + "`.")));
            }
        });
    }
}
