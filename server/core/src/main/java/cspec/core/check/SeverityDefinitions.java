package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code sla-severity-undefined}: an SLA none of whose severities says what falls under it. A
 * severity's prose is its definition; without any, provider and client argue over which clock an
 * incident starts. One finding per SLA, on its first severity, naming them all. An SLA that
 * defines some of its severities has made its scale clear enough to be read; it is not reported.
 */
public final class SeverityDefinitions implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        for (Outline.Placed<Sla> placed : context.outline().slas()) {
            Sla sla = placed.item();
            List<SlaLine.SeverityLevel> undefined = sla.all(SlaLine.SeverityLevel.class).toList();
            if (undefined.isEmpty() || undefined.stream().anyMatch(l -> l.prose() != null)) {
                continue;
            }
            SlaLine.SeverityLevel first = undefined.get(0);
            List<String> ids = undefined.stream().map(l -> l.id().text()).toList();
            String which = ids.size() == 1 ? "Severity " + ids.get(0) + " of SLA `" + sla.id().text() + "` has no definition"
                    : "None of the severities " + String.join(", ", ids) + " of SLA `" + sla.id().text() + "` has a definition";
            Diagnostic d = Diagnostic.of(Rule.SLA_SEVERITY_UNDEFINED, first.id().span(), which + ", so the parties can argue over which clock an incident starts: after the times of `"
                    + first.id().text() + "`, write `:` and, indented below, what counts as \"" + first.label().value()
                    + "\" (the systems or the impact)" + (ids.size() > 1 ? ", and likewise for the others." : "."));
            for (SlaLine.SeverityLevel other : undefined.subList(1, undefined.size())) {
                d = d.withRelated(RelatedLocation.here(other.id().span(), "Severity " + other.id().text() + " has no definition either."));
            }
            report.accept(d);
        }
    }
}
