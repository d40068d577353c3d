package cspec.core.content;

import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Actions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Retention periods that cannot both hold: data kept for a period and then deleted, against the
 * same data kept for at least as long from a later event (the close of an incident, the end of
 * the contract). Data collected before that event would have to be deleted and kept at once.
 */
final class Retention {
    static final Set<String> KINDS = Set.of("log", "data", "record", "evidence", "image", "capture", "copy",
            "backup", "recording", "file", "document");
    private static final Set<String> LATER_EVENTS = Set.of("closed", "closure", "close", "end", "ends", "ended",
            "termination", "terminated", "expiry", "expiration", "expires", "resolution", "resolved", "completion",
            "completed", "incident");
    private static final Set<String> AT_LEAST = Set.of("least", "minimum", "less");
    /** The words of the retain and delete actions, as sets: looked up for every word of every sentence. */
    static final Set<String> KEEP_WORDS = Set.copyOf(Actions.builtIn().byId("retain").orElseThrow().words());
    private static final Set<String> DELETE_WORDS = Set.copyOf(Actions.builtIn().byId("delete").orElseThrow().words());

    /**
     * A period for which data is kept: its figure (where in its unit's text), the data, whether it
     * is a floor, deletion after it, and its start. As read from a text its unit is null, so that
     * it can be kept across versions; {@link #in} places it in a unit.
     */
    record Period(ContractText.Unit unit, int start, int end, double minutes, String text, Set<String> data,
            boolean floor, boolean thenDeleted, boolean fromLaterEvent) {
        Period in(ContractText.Unit placed) {
            return new Period(placed, start, end, minutes, text, data, floor, thenDeleted, fromLaterEvent);
        }
    }

    private Retention() {
    }

    /** The retention periods of a unit's text, cut into sentences: at most one per sentence; their unit is null. */
    static List<Period> periods(String text, List<Sentences.Sentence> sentences) {
        List<Period> periods = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            period(text, s).ifPresent(periods::add);
        }
        return periods;
    }

    /** Each deleted period against each floor from a later event, in the order the periods were read. */
    static void conflicts(CheckContext context, List<Period> periods, Consumer<Diagnostic> report) {
        for (Period capped : periods) {
            if (capped.floor() || !capped.thenDeleted()) {
                continue;
            }
            for (Period floor : periods) {
                if (floor.floor() && floor.fromLaterEvent() && floor.unit().item() != capped.unit().item()
                        && floor.minutes() >= capped.minutes() && floor.data().stream().anyMatch(capped.data()::contains)) {
                    report.accept(finding(context, floor, capped));
                }
            }
        }
    }

    private static Optional<Period> period(String text, Sentences.Sentence s) {
        List<Sentences.Word> w = s.words();
        if (!s.holds(WordKinds.KEEP) || !s.holds(WordKinds.DATA)) {
            return Optional.empty();
        }
        Set<String> data = new LinkedHashSet<>();
        for (Sentences.Word x : w) {
            if (x.is(WordKinds.DATA)) {
                data.add(ClauseMatches.singular(x.lower()));
            }
        }
        if (data.isEmpty() || !s.has("for")) {
            return Optional.empty(); // every duration below would be passed over: it needs both
        }
        String sentence = text.substring(s.start(), s.end());
        for (Figures.Figure f : Figures.durations(sentence)) {
            int at = index(w, s.start() + f.start());
            int forAt = at;
            while (forAt > 0 && forAt > at - 5 && !w.get(forAt - 1).lower().equals("for")) {
                forAt--;
            }
            if (at <= 0 || forAt <= 0 || !w.get(forAt - 1).lower().equals("for") || data.isEmpty()) {
                continue;
            }
            boolean floor = w.subList(forAt, at).stream().anyMatch(x -> AT_LEAST.contains(x.lower()));
            // "... unless another clause requires it to be kept longer" settles the conflict in the text itself.
            boolean deleted = w.subList(at, w.size()).stream().anyMatch(x -> DELETE_WORDS.contains(x.lower()))
                    && w.stream().noneMatch(x -> x.lower().equals("longer"));
            int next = at;
            while (next < w.size() && w.get(next).start() < s.start() + f.end()) {
                next++;
            }
            boolean later = next < w.size() && (w.get(next).lower().equals("after") || w.get(next).lower().equals("following"))
                    && w.subList(next + 1, Math.min(w.size(), next + 8)).stream().anyMatch(x -> LATER_EVENTS.contains(x.lower()));
            return Optional.of(new Period(null, s.start() + f.start(), s.start() + f.end(), f.value(), f.text(), data,
                    floor, deleted, later));
        }
        return Optional.empty();
    }

    private static int index(List<Sentences.Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static Diagnostic finding(CheckContext context, Period floor, Period capped) {
        String data = String.join(", ", floor.data().stream().filter(capped.data()::contains).toList());
        String message = Describe.where(context, floor.unit(), floor.start()) + " keeps " + data + " for at least " + floor.text()
                + " from a later event, but " + Describe.where(context, capped.unit(), capped.start()) + " keeps them for "
                + capped.text() + " and then deletes them: what was collected before that event would have to be kept and"
                + " deleted at once. Make the deletion wait until the longer period ends, or state one period.";
        return Diagnostic.of(Rule.CONTRADICTORY_FIGURES, floor.unit().span(floor.start(), floor.end()), message)
                .withRelated(RelatedLocation.here(capped.unit().span(capped.start(), capped.end()),
                        "The period after which the same " + data + " are deleted: " + capped.text() + "."));
    }
}
