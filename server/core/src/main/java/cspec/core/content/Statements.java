package cspec.core.content;

import cspec.core.syntax.Actions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deadlines a piece of text promises, each read with what makes it one quantity: who must act
 * (the subject of the obligation), the action, whom it is owed to (a party named right after the
 * action), what it is about (its incident, breach, alert... when the sentence names exactly one),
 * the severity words that qualify it, and the event that starts the clock ("of confirming it").
 * Only plain deadlines are read: "within N" or "no later than N", in a sentence with no
 * condition, exception or negation, since those state another case, not the same quantity.
 */
final class Statements {
    /** The actions whose deadlines are compared: verbs of the service, not of the contract's machinery. */
    private static final Set<String> ACTIONS = Set.of("acknowledge", "respond", "triage", "escalate", "contain", "notify",
            "restore", "resolve", "report", "return", "delete", "pay", "revoke", "cure");
    static final Set<String> PRIMARY = Set.of("incident", "breach", "alert", "vulnerability", "request", "invoice",
            "claim", "dispute", "defect", "error", "complaint", "outage", "failure", "change", "order", "ticket", "problem");
    static final Set<String> SECONDARY = Set.of("data", "log", "record", "evidence", "report", "plan", "certificate",
            "finding", "notice");
    static final Set<String> QUALIFIERS = Set.of("critical", "high", "medium", "low", "urgent", "emergency", "major",
            "minor", "severe", "p1", "p2", "p3", "p4", "p5", "sev1", "sev2", "sev3", "sev4", "priority", "severity", "level");
    static final Set<String> CONDITIONS = Set.of("if", "unless", "except", "excluding", "provided", "otherwise",
            "whereas", "not", "never", "nor");
    /** Modal verbs that state a wish or a permission, not a promise: another value there is no contradiction. */
    static final Set<String> SOFT = Set.of("should", "may", "can", "could", "might");
    private static final Set<String> ANCHORS = Set.of("of", "after", "following", "from", "upon");
    private static final Set<String> STOP = Set.of("the", "a", "an", "its", "it", "such", "each", "any", "that", "this",
            "their", "his", "her", "being", "having", "becoming", "written", "of", "by", "from", "to", "in", "on", "for",
            "at", "with", "and", "or");

    /**
     * One promised deadline: where its duration is in its unit's text, its value, and its key
     * parts. As read from a text its unit is null (so that it can be kept across versions, see
     * ContradictoryFigures); {@link #in} places it in a unit.
     */
    record Deadline(ContractText.Unit unit, int start, int end, double minutes, String text, String actor, String action,
            String owedTo, String about, Set<String> qualifiers, Set<String> anchor) {
        Deadline in(ContractText.Unit placed) {
            return new Deadline(placed, start, end, minutes, text, actor, action, owedTo, about, qualifiers, anchor);
        }

        String key() {
            return actor + "|" + action + "|" + owedTo + "|" + about + "|" + String.join(",", qualifiers);
        }
    }

    private Statements() {
    }

    /** The deadlines of a unit's text, cut into sentences; their unit is null. */
    static List<Deadline> deadlines(String text, List<Sentences.Sentence> sentences, Parties parties) {
        List<Deadline> found = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            // A deadline follows "within" or "later than" (deadlineBefore): a sentence with neither has none.
            if (!hasBoundWord(s) || conditional(s)) {
                continue;
            }
            String about = about(s);
            if (about == null) {
                continue;
            }
            Set<String> qualifiers = qualifiers(s);
            String sentence = text.substring(s.start(), s.end());
            // Durations are looked for only right after those words, in order: no duration can run over
            // "within" or "than", so each one found there is the one Figures.durations finds there.
            for (int at = 1; at < s.words().size(); at++) {
                if (!deadlineBefore(s, at)) {
                    continue;
                }
                Figures.Figure f = Figures.durationAt(sentence, s.words().get(at).start() - s.start());
                if (f == null || wordAt(s, s.start() + f.start()) != at) {
                    continue;
                }
                int verb = actionBefore(s, at);
                if (verb < 0) {
                    continue;
                }
                String actor = actor(parties, s, text, verb);
                if (actor == null) {
                    continue;
                }
                String action = Actions.builtIn().ofWord(s.words().get(verb).lower()).orElseThrow().id();
                found.add(new Deadline(null, s.start() + f.start(), s.start() + f.end(), f.value(), f.text(), actor, action,
                        owedTo(parties, s, verb), about, qualifiers, anchor(s, s.start() + f.end())));
            }
        }
        return found;
    }

    private static boolean hasBoundWord(Sentences.Sentence s) {
        return s.holds(WordKinds.BOUND);
    }

    /** A sentence with a condition, an exception, a negation or a soft modal states another case. */
    static boolean conditional(Sentences.Sentence s) {
        if (!s.holds(WordKinds.CONDITION | WordKinds.SOFT)) {
            return false;
        }
        List<Sentences.Word> words = s.words();
        for (int i = 0; i < words.size(); i++) {
            Sentences.Word w = words.get(i);
            if (w.is(WordKinds.CONDITION) && !boundPhrase(s, i) || w.is(WordKinds.SOFT)) {
                return true;
            }
        }
        return false;
    }

    /** The SLA timer that measures the action of a deadline whose duration starts at offset, if it is one. */
    static Optional<String> timerOfDeadline(Sentences.Sentence s, int offset) {
        int at = wordAt(s, offset);
        if (at < 0 || !deadlineBefore(s, at)) {
            return Optional.empty();
        }
        int verb = actionBefore(s, at);
        if (verb < 0) {
            return Optional.empty();
        }
        return Actions.builtIn().ofWord(s.words().get(verb).lower()).map(Actions.Action::timer);
    }

    /** "not" inside "not later than", "no later than" is part of the bound, not a negation. */
    private static boolean boundPhrase(Sentences.Sentence s, int i) {
        Sentences.Word w = s.words().get(i);
        return (w.lower().equals("not")) && i + 2 < s.words().size() && s.words().get(i + 1).lower().equals("later")
                && s.words().get(i + 2).lower().equals("than");
    }

    private static int wordAt(Sentences.Sentence s, int offset) {
        for (int i = 0; i < s.words().size(); i++) {
            if (s.words().get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static boolean deadlineBefore(Sentences.Sentence s, int at) {
        List<Sentences.Word> w = s.words();
        if (at >= 1 && w.get(at - 1).lower().equals("within")) {
            return true;
        }
        return at >= 3 && w.get(at - 1).lower().equals("than") && w.get(at - 2).lower().equals("later")
                && (w.get(at - 3).lower().equals("no") || w.get(at - 3).lower().equals("not"));
    }

    /** The nearest action word before the duration, with no other figure between. */
    private static int actionBefore(Sentences.Sentence s, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 14; i--) {
            String w = s.words().get(i).lower();
            if (s.words().get(i).isNumber()) {
                return -1;
            }
            var action = Actions.builtIn().ofWord(w);
            if (action.isPresent() && ACTIONS.contains(action.get().id())) {
                return i;
            }
        }
        return -1;
    }

    /** The party whose obligation governs the action: the nearest marker before it with one bearer. */
    private static String actor(Parties parties, Sentences.Sentence s, String text, int verb) {
        Parties.Duty nearest = null;
        Set<Parties.Party> bearers = new LinkedHashSet<>();
        for (Parties.Duty d : parties.duties(s, text)) {
            if (d.marker() < verb && (nearest == null || d.marker() >= nearest.marker())) {
                if (nearest != null && d.marker() > nearest.marker()) {
                    bearers.clear();
                }
                nearest = d;
                bearers.add(d.party());
            }
        }
        if (nearest == null || SOFT.contains(s.words().get(nearest.marker()).lower())) {
            return null;
        }
        return bearers.size() == 1 ? bearers.iterator().next().name().toLowerCase() : "both";
    }

    private static String owedTo(Parties parties, Sentences.Sentence s, int verb) {
        int end = Math.min(s.words().size(), verb + 4);
        Set<Parties.Party> named = parties.partiesIn(s.words(), verb + 1, end);
        return named.size() == 1 ? named.iterator().next().name().toLowerCase() : "-";
    }

    /** The one thing the sentence is about, or null when it names none or several. */
    private static String about(Sentences.Sentence s) {
        if (!s.holds(WordKinds.PRIMARY_SUBJECT | WordKinds.SECONDARY_SUBJECT)) {
            return null;
        }
        Set<String> primary = new LinkedHashSet<>();
        Set<String> secondary = new LinkedHashSet<>();
        for (Sentences.Word w : s.words()) {
            if (w.is(WordKinds.PRIMARY_SUBJECT)) {
                primary.add(ClauseMatches.singular(w.lower()));
            } else if (w.is(WordKinds.SECONDARY_SUBJECT)) {
                secondary.add(ClauseMatches.singular(w.lower()));
            }
        }
        if (!primary.isEmpty()) {
            return primary.size() == 1 ? primary.iterator().next() : null;
        }
        return secondary.size() == 1 ? secondary.iterator().next() : null;
    }

    private static Set<String> qualifiers(Sentences.Sentence s) {
        Set<String> found = new TreeSet<>();
        if (!s.holds(WordKinds.QUALIFIER)) {
            return found;
        }
        for (int i = 0; i < s.words().size(); i++) {
            if (s.words().get(i).is(WordKinds.QUALIFIER)) {
                String w = s.words().get(i).lower();
                String next = i + 1 < s.words().size() ? s.words().get(i + 1).lower() : "";
                found.add(s.words().get(i).isNumber() || !Character.isDigit(next.isEmpty() ? 'x' : next.charAt(0)) ? w : w + next);
            }
        }
        return found;
    }

    /** The event that starts the clock: a few words after "of", "after", "from"... following the duration. */
    private static Set<String> anchor(Sentences.Sentence s, int after) {
        Set<String> words = new LinkedHashSet<>();
        int i = 0;
        while (i < s.words().size() && s.words().get(i).start() < after) {
            i++;
        }
        if (i >= s.words().size() || !ANCHORS.contains(s.words().get(i).lower())) {
            return words;
        }
        for (int k = i + 1; k < s.words().size() && words.size() < 3; k++) {
            String w = s.words().get(k).lower();
            if (!STOP.contains(w)) {
                words.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return words;
    }
}
