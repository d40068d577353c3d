package cspec.core.content;

import cspec.core.catalog.Catalog;
import cspec.core.check.CheckContext;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.drafting.ClauseText;
import cspec.core.syntax.Actions;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Duration;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The figures an SLA states and the prose states again: its service credit (or bonus) against
 * the service-credits (or performance-bonus) clause, and a severity's timer against a sentence
 * that promises that severity the same clock ("respond to each P1 incident within 30 minutes").
 */
final class SlaFigures {
    /** What names a severity in prose after its label: "Critical incidents", "a High alert". */
    private static final Set<String> SEVERITY_NOUNS = Set.of("incident", "incidents", "alert", "alerts", "event", "events",
            "severity", "priority", "issue", "issues", "case", "cases", "ticket", "tickets", "call", "calls");

    /** A clause's percentage and cap, and where the clause states them. */
    private record Stated(Clause clause, BigDecimal percent, BigDecimal cap, Span at, boolean fromLibrary) {
    }

    private SlaFigures() {
    }

    static void credits(CheckContext context, ContractText text, Consumer<Diagnostic> report) {
        Optional<Stated> credit = stated(context, "service-credits", "credit-percent", "credit-cap", "credit");
        Optional<Stated> bonus = stated(context, "performance-bonus", "bonus-percent", "bonus-cap", "bonus");
        for (Sla sla : text.slas()) {
            sla.all(SlaLine.Credit.class).findFirst().ifPresent(line -> credit.ifPresent(c -> compare(context, sla, "credits",
                    line.percent(), line.percentSpan(), line.cap(), line.capSpan(), c, "credit-percent", "credit-cap", report)));
            sla.all(SlaLine.Bonus.class).findFirst().ifPresent(line -> bonus.ifPresent(b -> compare(context, sla, "earns a bonus of",
                    line.percent(), line.percentSpan(), line.cap(), line.capSpan(), b, "bonus-percent", "bonus-cap", report)));
        }
    }

    private static void compare(CheckContext context, Sla sla, String verb, BigDecimal percent, Span percentSpan, BigDecimal cap,
            Span capSpan, Stated clause, String percentName, String capName, Consumer<Diagnostic> report) {
        boolean percentDiffers = clause.percent() != null && percent.compareTo(clause.percent()) != 0;
        boolean capDiffers = cap != null && clause.cap() != null && cap.compareTo(clause.cap()) != 0;
        if (!percentDiffers && !capDiffers) {
            return;
        }
        Span at = percentDiffers && capDiffers ? percentSpan.union(capSpan) : percentDiffers ? percentSpan : capSpan;
        String slaSays = plain(percent) + "%" + (cap == null ? "" : " capped at " + plain(cap) + "%");
        String clauseSays = (clause.percent() == null ? "?" : plain(clause.percent()) + "%")
                + (clause.cap() == null ? "" : " up to " + plain(clause.cap()) + "%");
        String id = clause.clause().id().text();
        String message = "SLA `" + sla.id().text() + "` " + verb + " " + slaSays + ", but clause `" + id + "`"
                + (clause.fromLibrary() ? " (its library wording)" : "") + " states " + clauseSays
                + ": make them the same, or say in the clause that each SLA's own figure applies.";
        Diagnostic d = Diagnostic.of(Rule.CONTRADICTORY_FIGURES, at, message)
                .withRelated(RelatedLocation.here(clause.at(), "Clause `" + id + "` states " + clauseSays + "."));
        if (clause.fromLibrary()) {
            List<TextEdit> edits = new ArrayList<>();
            Clause c = clause.clause();
            String args = percentName + " \"" + plain(percent) + "\"" + (cap == null ? "" : ", " + capName + " \"" + plain(cap) + "\"");
            if (c.arguments().isEmpty()) {
                int end = c.title() != null ? c.title().span().end() : c.id().span().end();
                edits.add(TextEdit.insert(end, " (" + args + ")"));
                d = d.withFix(Fix.onRequest("Give clause `" + id + "` the SLA's figures", edits.toArray(TextEdit[]::new)));
            }
        }
        report.accept(d);
    }

    /** The percentage and cap a clause states: its arguments, its library's defaults, or its own wording. */
    private static Optional<Stated> stated(CheckContext context, String id, String percentName, String capName, String word) {
        for (Outline.Placed<Clause> placed : context.outline().clauses()) {
            Clause c = placed.item();
            if (!c.id().text().equals(id)) {
                continue;
            }
            if (c.prose() == null) {
                Optional<Catalog.ClauseEntry> entry = context.catalog().clause(id);
                if (entry.isEmpty()) {
                    return Optional.empty();
                }
                var defaults = ClauseText.placeholders(entry.get());
                var values = ClauseText.values(c, context.file().document());
                BigDecimal percent = number(values.getOrDefault(percentName, defaults.getOrDefault(percentName, Optional.empty()).orElse(null)));
                BigDecimal cap = number(values.getOrDefault(capName, defaults.getOrDefault(capName, Optional.empty()).orElse(null)));
                return Optional.of(new Stated(c, percent, cap, c.id().span(), true));
            }
            return ownWording(context, c, word);
        }
        return Optional.empty();
    }

    /** In a clause's own wording: the first percentage of a sentence about credits, and the one after "up to" or "cap". */
    private static Optional<Stated> ownWording(CheckContext context, Clause c, String word) {
        String text = c.prose().maskedText(context.source());
        for (Sentences.Sentence s : Sentences.of(text)) {
            if (s.words().stream().noneMatch(w -> w.lower().startsWith(word))) {
                continue;
            }
            String sentence = text.substring(s.start(), s.end());
            List<Figures.Figure> percents = Figures.percents(sentence);
            if (percents.isEmpty()) {
                continue;
            }
            BigDecimal cap = null;
            for (Figures.Figure p : percents.subList(1, percents.size())) {
                String before = sentence.substring(Math.max(0, p.start() - 24), p.start()).toLowerCase();
                if (before.matches(".*\\b(up to|cap|capped at|maximum of|not exceed|no more than|at most)\\s*$")) {
                    cap = BigDecimal.valueOf(p.value());
                }
            }
            int base = c.prose().span().start() + s.start();
            Figures.Figure first = percents.get(0);
            return Optional.of(new Stated(c, BigDecimal.valueOf(first.value()), cap,
                    new Span(base + first.start(), base + first.end()), false));
        }
        return Optional.empty();
    }

    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /**
     * A duration a sentence promises for an SLA timer ("respond to each P1 incident within 30
     * minutes"), with the severities the sentence names: where it is in its unit's text, its value
     * and wording, and the timer. It holds no sentence, so a unit's words can go once it is read.
     */
    record TimerStatement(ContractText.Unit unit, int start, int end, double minutes, String text, String timer,
            List<SeverityName> names) {
    }

    /**
     * A timer statement as read from a unit's text, free of the version's tree so that it can be
     * kept across versions: the severities it names are their places in the index's list.
     */
    record TimerFigure(int start, int end, double minutes, String text, String timer, int[] names) {
    }

    /**
     * The severities of a contract's SLAs, indexed by the words that can start their names, so
     * that which severities each sentence names is found once: asking every severity of every SLA
     * of every sentence grew with the square of the contract (a 4 MB contract took half a minute).
     */
    static final class SeverityIndex {
        private final Map<String, List<SeverityName>> byFirstWord;
        /** Every severity, SLA by SLA, in the contract's order. */
        private final List<SeverityName> all;

        private SeverityIndex(Map<String, List<SeverityName>> byFirstWord, List<SeverityName> all) {
            this.byFirstWord = byFirstWord;
            this.all = all;
        }

        static SeverityIndex of(List<Sla> slas) {
            Map<String, List<SeverityName>> byFirstWord = new HashMap<>();
            List<SeverityName> all = new ArrayList<>();
            for (Sla sla : slas) {
                sla.all(SlaLine.SeverityLevel.class).forEach(level -> {
                    SeverityName name = SeverityName.of(level, sla);
                    all.add(name);
                    for (String word : name.firstWords()) {
                        byFirstWord.computeIfAbsent(word, k -> new ArrayList<>()).add(name);
                    }
                });
            }
            return new SeverityIndex(byFirstWord, all);
        }

        /**
         * All that reading a text reads of the index: each severity's ID and label, in order (which
         * severity an SLA holds is read only when statements are compared, by place in this list).
         */
        List<String> wording() {
            List<String> wording = new ArrayList<>();
            for (SeverityName name : all) {
                wording.add(name.id());
                wording.add(name.level().label().value());
            }
            return wording;
        }

        /** The timer durations a unit's unconditional sentences promise for the severities they name, in order. */
        List<TimerFigure> timerFigures(String text, List<Sentences.Sentence> sentences) {
            if (byFirstWord.isEmpty()) {
                return List.of();
            }
            List<TimerFigure> found = new ArrayList<>();
            for (Sentences.Sentence s : sentences) {
                List<SeverityName> names = namedIn(s, byFirstWord);
                if (names.isEmpty() || Statements.conditional(s)) {
                    continue;
                }
                int[] places = new int[names.size()];
                for (int i = 0; i < places.length; i++) {
                    places[i] = placeOf(names.get(i));
                }
                String sentence = text.substring(s.start(), s.end());
                for (Figures.Figure f : Figures.durations(sentence)) {
                    Statements.timerOfDeadline(s, s.start() + f.start()).ifPresent(timer -> found.add(new TimerFigure(
                            s.start() + f.start(), s.start() + f.end(), f.value(), f.text(), timer, places)));
                }
            }
            return found;
        }

        /** The figures read from a unit's text, placed in the unit, with this index's severities. */
        List<TimerStatement> statements(ContractText.Unit unit, List<TimerFigure> figures) {
            List<TimerStatement> statements = new ArrayList<>(figures.size());
            for (TimerFigure f : figures) {
                List<SeverityName> names = new ArrayList<>(f.names().length);
                for (int place : f.names()) {
                    names.add(all.get(place));
                }
                statements.add(new TimerStatement(unit, f.start(), f.end(), f.minutes(), f.text(), f.timer(), names));
            }
            return statements;
        }

        private int placeOf(SeverityName name) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) == name) {
                    return i;
                }
            }
            throw new IllegalStateException("a severity outside the index: " + name.id());
        }
    }

    /** Each SLA's severity timers against the statements that name exactly one of its severities, SLA by SLA. */
    static void timers(CheckContext context, List<Sla> slas, List<TimerStatement> statements, Consumer<Diagnostic> report) {
        for (Sla sla : slas) {
            for (TimerStatement statement : statements) {
                SeverityName only = onlyOneOf(statement.names(), sla);
                if (only != null) {
                    compare(context, statement, sla, only.level(), report);
                }
            }
        }
    }

    /** The severities a sentence names, each once; most sentences start no name and cost one lookup per word. */
    private static List<SeverityName> namedIn(Sentences.Sentence s, Map<String, List<SeverityName>> byFirstWord) {
        List<SeverityName> candidates = null;
        for (Sentences.Word w : s.words()) {
            List<SeverityName> starting = byFirstWord.get(w.text());
            if (starting == null) {
                continue;
            }
            if (candidates == null) {
                candidates = new ArrayList<>();
            }
            for (SeverityName name : starting) {
                if (!containsSame(candidates, name)) {
                    candidates.add(name);
                }
            }
        }
        if (candidates == null) {
            return List.of();
        }
        candidates.removeIf(name -> !name.namedIn(s));
        return candidates;
    }

    private static boolean containsSame(List<SeverityName> names, SeverityName name) {
        for (SeverityName n : names) {
            if (n == name) {
                return true;
            }
        }
        return false;
    }

    /** The one severity of the SLA among names, or null when it has none or several there. */
    private static SeverityName onlyOneOf(List<SeverityName> names, Sla sla) {
        SeverityName only = null;
        for (SeverityName name : names) {
            if (name.sla() == sla) {
                if (only != null) {
                    return null;
                }
                only = name;
            }
        }
        return only;
    }

    private static void compare(CheckContext context, TimerStatement statement, Sla sla, SlaLine.SeverityLevel level,
            Consumer<Diagnostic> report) {
        Optional<SlaLine.Timer> stated = level.timer(statement.timer());
        if (stated.isEmpty() || Math.abs(stated.get().duration().minutes() - statement.minutes()) < 0.5) {
            return;
        }
        ContractText.Unit unit = statement.unit();
        String timer = statement.timer();
        Duration d = stated.get().duration();
        String message = ContradictoryFigures.capitalise(Describe.where(context, unit, statement.start()))
                + " promises severity `" + level.id().text() + "` (" + level.label().value() + ") " + statement.text() + " for "
                + Actions.builtIn().forTimer(timer).map(Actions.Action::label).orElse(timer) + ", but SLA `"
                + sla.id().text() + "` gives its `" + timer + "` timer " + context.source().slice(d.span())
                + ": keep one figure, in the SLA, and refer to it from the prose as `[" + sla.id().text() + "]`.";
        report.accept(Diagnostic.of(Rule.CONTRADICTORY_FIGURES, unit.span(statement.start(), statement.end()), message)
                .withRelated(RelatedLocation.here(stated.get().span(), "The `" + timer + "` timer of severity `"
                        + level.id().text() + "`.")));
    }

    /**
     * A severity level with what a sentence names it by, read once per check rather than per
     * sentence: its ID when that has a digit (P1), and the words of its label. There is one per
     * level, so the same level is the same instance.
     */
    private record SeverityName(SlaLine.SeverityLevel level, Sla sla, String id, boolean idHasDigit, String[] label) {
        static SeverityName of(SlaLine.SeverityLevel level, Sla sla) {
            String id = level.id().text();
            return new SeverityName(level, sla, id, id.chars().anyMatch(Character::isDigit),
                    level.label().value().strip().split("\\s+"));
        }

        /** The words a sentence naming the severity holds first: its ID when that has a digit, and its label's first word. */
        List<String> firstWords() {
            List<String> words = new ArrayList<>();
            if (idHasDigit) {
                words.add(id);
            }
            if (label.length > 0 && !label[0].isEmpty()) {
                words.add(label[0]);
            }
            return words;
        }

        /** The sentence names the severity: its ID when that has a digit (P1), or its label before an incident word or after "severity". */
        boolean namedIn(Sentences.Sentence s) {
            List<Sentences.Word> w = s.words();
            for (int i = 0; i < w.size(); i++) {
                if (idHasDigit && w.get(i).text().equals(id)) {
                    return true;
                }
                if (label.length == 0 || label[0].isEmpty() || i + label.length > w.size()) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < label.length && same; k++) {
                    same = w.get(i + k).text().equals(label[k]);
                }
                if (!same) {
                    continue;
                }
                int after = i + label.length;
                boolean nounAfter = after < w.size() && SEVERITY_NOUNS.contains(w.get(after).lower());
                boolean severityBefore = i > 0 && (w.get(i - 1).lower().equals("severity") || w.get(i - 1).lower().equals("priority"));
                if (nounAfter || severityBefore) {
                    return true;
                }
            }
            return false;
        }
    }
}
