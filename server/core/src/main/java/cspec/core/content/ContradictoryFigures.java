package cspec.core.content;

import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.check.Reuse;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Modality;
import cspec.core.syntax.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code contradictory-figures}: one quantity stated twice with different values. Compared are
 * what a check can tell is the same quantity: an SLA's service credit (or bonus) and the
 * service-credits (or performance-bonus) clause; a severity's timer and a sentence that promises
 * that severity the same clock; two binding deadlines with the same actor, action, party owed,
 * subject, severity words and starting event (see {@link Statements}); and a retention period
 * that ends in deletion against a longer one that runs from a later event. Wishes ("should"),
 * permissions, conditions and exceptions state other cases and are never compared. Each finding
 * sits on the later figure and points at the earlier one.
 */
public final class ContradictoryFigures implements Check {
    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Optional<Contract> contract = context.contract();
        if (contract.isEmpty()) {
            return;
        }
        ContractText text = ContractText.of(contract.get().items(), context);
        SlaFigures.credits(context, text, report);
        SlaFigures.SeverityIndex severities = SlaFigures.SeverityIndex.of(text.slas());
        Parties parties = Parties.of(context.file().document());
        // The previous version's inputs when equal, so that each unit's key compares them by identity.
        ReadWith fresh = new ReadWith(parties.wording(), severities.wording());
        ReadWith readWith = context.reuse().get(fresh, () -> fresh);
        Placed placed = new Placed(context.reuse(), readWith, severities, parties);
        for (ContractText.Unit unit : text.units()) {
            if (binds(unit)) {
                placed.read(unit);
            }
        }
        SlaFigures.timers(context, text.slas(), placed.timerStatements, report);
        deadlines(context, placed.deadlines, report);
        Retention.conflicts(context, placed.periods, report);
    }

    /**
     * What the binding units state, each record placed in its unit. Reading and placing a unit is
     * a named step, not the loop's body, so that the loop over a contract's units, compiled whole
     * and again on stack replacement, stays small, and the step is compiled once on its own
     * (issue 13).
     */
    private static final class Placed {
        private final Reuse.Round reuse;
        private final ReadWith readWith;
        private final SlaFigures.SeverityIndex severities;
        private final Parties parties;
        private final List<SlaFigures.TimerStatement> timerStatements = new ArrayList<>();
        private final List<Statements.Deadline> deadlines = new ArrayList<>();
        private final List<Retention.Period> periods = new ArrayList<>();

        Placed(Reuse.Round reuse, ReadWith readWith, SlaFigures.SeverityIndex severities, Parties parties) {
            this.reuse = reuse;
            this.readWith = readWith;
            this.severities = severities;
            this.parties = parties;
        }

        /** Reads the unit's text, or takes what the previous version read of the same text, and places it in the unit. */
        void read(ContractText.Unit unit) {
            Read read = reuse.get(new UnitKey(unit.text(), readWith), () -> ContradictoryFigures.read(unit.text(), severities, parties));
            if (read == NOTHING_READ) {
                return;
            }
            timerStatements.addAll(severities.statements(unit, read.timers()));
            for (Statements.Deadline d : read.deadlines()) {
                deadlines.add(d.in(unit));
            }
            for (Retention.Period p : read.periods()) {
                periods.add(p.in(unit));
            }
        }
    }

    /**
     * What one unit's text states, with positions in that text and nothing of the version's tree,
     * so that the next version reuses it for a unit with the same text (issue 13: reading every
     * binding unit again at each edit was half of what the server allocated per edit).
     */
    private record Read(List<SlaFigures.TimerFigure> timers, List<Statements.Deadline> deadlines,
            List<Retention.Period> periods) {
    }

    /**
     * Everything reading a unit reads besides its text: the parties' phrases and the severities'
     * IDs and labels. Its hash is computed once, as every unit's key asks it.
     */
    private static final class ReadWith {
        private final String parties;
        private final List<String> severities;
        private final int hash;

        ReadWith(String parties, List<String> severities) {
            this.parties = parties;
            this.severities = List.copyOf(severities);
            this.hash = 31 * parties.hashCode() + this.severities.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof ReadWith other && hash == other.hash && parties.equals(other.parties)
                    && severities.equals(other.severities);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record UnitKey(String text, ReadWith readWith) {
    }

    /**
     * Cut here, read by the three passes and dropped: the sentences, with the words of every
     * binding unit, would otherwise stay alive until the check ends, and a server's young
     * collections copy them (issue 13). The records kept hold no sentence.
     */
    private static Read read(String text, SlaFigures.SeverityIndex severities, Parties parties) {
        List<Sentences.Sentence> sentences = sentencesWithDurations(text);
        if (sentences.isEmpty()) {
            return NOTHING_READ;
        }
        return new Read(severities.timerFigures(text, sentences), Statements.deadlines(text, sentences, parties),
                Retention.periods(text, sentences));
    }

    private static final Read NOTHING_READ = new Read(List.of(), List.of(), List.of());

    /**
     * The sentences of text that may state a duration, in order: the only ones the three
     * readings read anything from, since each reads a duration (a timer's, a deadline's, a
     * retention period's). Half the binding units of a generated batch and nine in ten of real
     * contracts' state none, and are then not cut into words at all (issue 13). The test is a
     * character scan for a unit word ({@link Figures#mayHoldDuration}), not the duration pattern,
     * which costs more than the readings it would spare.
     */
    static List<Sentences.Sentence> sentencesWithDurations(String text) {
        int unitEnd = Figures.unitWordEnd(text, 0, text.length());
        if (unitEnd < 0) {
            return List.of();
        }
        // One scan of the text: a unit word lies inside the sentence its end falls in, since a
        // sentence starts after a space and ends after a mark or before a line break.
        List<Sentences.Sentence> stating = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.of(text)) {
            if (unitEnd <= s.start()) {
                unitEnd = Figures.unitWordEnd(text, s.start(), text.length());
                if (unitEnd < 0) {
                    break;
                }
            }
            if (unitEnd <= s.end()) {
                stating.add(s);
            }
        }
        return stating;
    }

    /** Mandatory requirements and clauses promise; wishes, options, questions and recitals do not. */
    static boolean binds(ContractText.Unit unit) {
        return unit.item() instanceof Clause
                || unit.item() instanceof Requirement r && r.modality() == Modality.MUST;
    }

    private static void deadlines(CheckContext context, List<Statements.Deadline> deadlines, Consumer<Diagnostic> report) {
        Map<String, List<Statements.Deadline>> byKey = new LinkedHashMap<>();
        for (Statements.Deadline d : deadlines) {
            byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d);
        }
        for (List<Statements.Deadline> same : byKey.values()) {
            Statements.Deadline first = same.get(0);
            for (Statements.Deadline other : same.subList(1, same.size())) {
                if (other.unit().item() == first.unit().item() || Math.abs(other.minutes() - first.minutes()) < 0.5
                        || !sameStart(first, other)) {
                    continue;
                }
                report.accept(deadlineConflict(context, first, other));
            }
        }
    }

    /** Two clocks start at the same event when both name it alike or one names none. */
    private static boolean sameStart(Statements.Deadline a, Statements.Deadline b) {
        if (a.anchor().isEmpty() || b.anchor().isEmpty()) {
            return true;
        }
        return a.anchor().stream().anyMatch(b.anchor()::contains);
    }

    private static Diagnostic deadlineConflict(CheckContext context, Statements.Deadline first, Statements.Deadline later) {
        Statements.Deadline here = later.unit().fromLibrary() && !first.unit().fromLibrary() ? first : later;
        Statements.Deadline there = here == later ? first : later;
        String what = Describe.deadline(context, here);
        String message = capitalise(Describe.where(context, here)) + " sets " + here.text() + " as " + what + ", but "
                + Describe.where(context, there) + " sets " + there.text() + ": keep one figure, stated once, and refer"
                + " to it by its ID elsewhere.";
        return Diagnostic.of(Rule.CONTRADICTORY_FIGURES, here.unit().span(here.start(), here.end()), message)
                .withRelated(RelatedLocation.here(there.unit().span(there.start(), there.end()),
                        "The other figure for " + what + ": " + there.text() + "."));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
