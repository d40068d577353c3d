package cspec.core.content;

import cspec.core.check.CheckContext;
import cspec.core.prose.Glossary;
import cspec.core.syntax.Actions;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Item;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.text.Span;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a part of a contract states what a profile item asks for: a duration in a sentence
 * about the item's action (or an SLA timer or duration metric that measures it), a duty or right
 * of the item's party (about its action, when it names one), an SLA timer, an SLA, a defined
 * term, or a clause (by ID or by content, see {@link ClauseMatches}). When it is not stated, the
 * result names the nearest miss: a sentence about the action with no figure, or with another party.
 */
public final class ContentSearch {
    /** Found (or not asked of this contract), or not found with the nearest miss (may be null) and what it lacks. */
    public record Result(boolean found, Span near, String nearLacks) {
        static final Result FOUND = new Result(true, null, null);
        /** Nothing to report: the contract gives the item no place (no termination for breach, no cure period to ask). */
        static final Result NOT_ASKED = new Result(true, null, null);
        static final Result ABSENT = new Result(false, null, null);
    }

    private final CheckContext context;
    private final Profile profile;
    private final Parties parties;
    private final Glossary glossary;
    private final Actions actions = Actions.builtIn();
    private final Map<Item, ContractText> texts = new IdentityHashMap<>();
    private Map<Item, Set<String>> wordsOf;
    private ContractText whole;

    /** A search in this contract for the items of this profile (null when there is none). */
    public ContentSearch(CheckContext context, Profile profile) {
        this.context = context;
        this.profile = profile;
        this.parties = Parties.of(context.file().document());
        this.glossary = Glossary.of(context.source(), context.file().document(), context.outline());
    }

    public CheckContext context() {
        return context;
    }

    public Parties parties() {
        return parties;
    }

    public Profile profile() {
        return profile;
    }

    /**
     * False when the item cannot state the expectation: it has none of the words of the item's
     * action. A cheap test, so that a search over every requirement reads only the likely ones.
     */
    boolean mayState(Item item, Profile.Expectation e) {
        Optional<Actions.Action> action = e.kind() == Profile.Kind.DURATION ? actions.byId(e.id().text())
                : e.kind() == Profile.Kind.PARTY && e.action() != null ? actions.byId(e.action().text()) : Optional.empty();
        if (action.isEmpty()) {
            return true;
        }
        Set<String> words = wordsOf().getOrDefault(item, Set.of());
        return action.get().words().stream().anyMatch(words::contains);
    }

    /** The lower-case words of each requirement and clause of the contract, from one reading of it. */
    private Map<Item, Set<String>> wordsOf() {
        if (wordsOf == null) {
            wordsOf = new IdentityHashMap<>();
            if (context.contract().isPresent()) {
                for (ContractText.Unit u : whole().units()) {
                    Set<String> words = wordsOf.computeIfAbsent(u.item(), i -> new HashSet<>());
                    u.sentences().forEach(x -> x.words().forEach(w -> words.add(w.lower())));
                }
            }
        }
        return wordsOf;
    }

    private ContractText whole() {
        if (whole == null) {
            whole = ContractText.of(context.contract().map(c -> c.items()).orElse(List.of()), context);
        }
        return whole;
    }

    /** The text of one item, read once per search however many items ask for it. */
    ContractText textOf(Item item) {
        return texts.computeIfAbsent(item, i -> ContractText.of(i, context));
    }

    /** Whether the text states the item; a clause item also counts a clause that stands in for it. */
    public Result find(Profile.Expectation item, ContractText text) {
        return switch (item.kind()) {
            case DURATION -> actions.byId(item.id().text()).map(a -> duration(a, text, isOfClause(item))).orElse(Result.FOUND);
            case PARTY -> party(item, text);
            case TIMER -> text.slas().stream().anyMatch(sla -> hasTimer(sla, item.id().text())) ? Result.FOUND : Result.ABSENT;
            case TERM -> glossary.isDefined(item.title().value()) ? Result.FOUND : Result.ABSENT;
            case SLA -> text.slas().isEmpty() ? Result.ABSENT : Result.FOUND;
            case CLAUSE -> clause(item.id().text(), text);
            case SECTION -> Result.FOUND;
        };
    }

    /** Whether the item is what a clause the profile asks for must state (its {@code in} names a clause). */
    private boolean isOfClause(Profile.Expectation item) {
        return item.within() != null && profile != null && profile.expectations().stream()
                .anyMatch(t -> t.kind() == Profile.Kind.CLAUSE && t.within() == null && t.id() != null
                        && t.id().text().equals(item.within().text()));
    }

    private Result duration(Actions.Action action, ContractText text, boolean ofClause) {
        // What the whole contract never makes a matter of the contract (a cure period without a
        // termination for breach, a warranty period without a product warranted) is not asked of a
        // section. A clause the profile asks for is that matter itself (termination-for-cause), so
        // what it must state is always asked.
        if (!ofClause && !action.askedWhen().isEmpty() && !anySentence(whole(), action::makesTimeAsked)) {
            return Result.NOT_ASKED;
        }
        for (Sla sla : text.slas()) {
            if (measures(sla, action)) {
                return Result.FOUND;
            }
        }
        if (!action.statedWithoutFigure().isEmpty() && anySentence(text, action::statesTimeWithoutFigure)) {
            return Result.FOUND;
        }
        Result near = Result.ABSENT;
        for (ContractText.Unit unit : text.units()) {
            for (Sentences.Sentence s : unit.sentences()) {
                if (s.words().stream().noneMatch(w -> action.isWord(w.lower()))) {
                    continue;
                }
                String sentence = unit.text().substring(s.start(), s.end());
                if (!Figures.durations(sentence).isEmpty() || !Figures.frequencies(sentence).isEmpty()) {
                    return Result.FOUND;
                }
                if (near.near() == null) {
                    near = new Result(false, unit.span(s.start(), s.end()), "speaks of " + action.label() + " with no time limit or period");
                }
            }
        }
        return near;
    }

    private static boolean anySentence(ContractText text, Predicate<String> test) {
        for (ContractText.Unit unit : text.units()) {
            for (Sentences.Sentence s : unit.sentences()) {
                if (test.test(unit.text().substring(s.start(), s.end()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An SLA timer or duration metric that measures the action. */
    private boolean measures(Sla sla, Actions.Action action) {
        boolean byTimer = sla.all(SlaLine.SeverityLevel.class).flatMap(l -> l.timers().stream())
                .anyMatch(t -> t.name().text().equals(action.timer()) || action.isWord(t.name().text().toLowerCase()));
        boolean byMetric = sla.all(SlaLine.Metric.class).anyMatch(m -> m.target() instanceof SlaLine.Target.Time
                && Sentences.of(m.label().value()).stream().flatMap(s -> s.words().stream()).anyMatch(w -> action.isWord(w.lower())));
        return byTimer || byMetric;
    }

    private Result party(Profile.Expectation item, ContractText text) {
        String role = item.id().text();
        Optional<Actions.Action> action = item.action() == null ? Optional.empty() : actions.byId(item.action().text());
        // An SLA timer is the Provider's promise to act: its response time states the duty to respond.
        if (!role.equals("client") && action.isPresent() && action.get().timer() != null
                && text.slas().stream().anyMatch(sla -> hasTimer(sla, action.get().timer()))) {
            return Result.FOUND;
        }
        Result near = Result.ABSENT;
        for (ContractText.Unit unit : text.units()) {
            for (Sentences.Sentence s : unit.sentences()) {
                if (action.isPresent() && s.words().stream().noneMatch(w -> action.get().isWord(w.lower()))) {
                    continue;
                }
                var bearers = parties.dutyBearers(s, unit.text());
                if (role.equals("either") ? !bearers.isEmpty()
                        : bearers.contains(role.equals("client") ? Parties.Party.CLIENT : Parties.Party.PROVIDER)) {
                    return Result.FOUND;
                }
                if (action.isPresent() && near.near() == null && !bearers.isEmpty()) {
                    near = new Result(false, unit.span(s.start(), s.end()), "speaks of " + action.get().label()
                            + " as a duty of the other party");
                }
            }
        }
        return near;
    }

    private Result clause(String id, ContractText text) {
        boolean byId = context.outline().clauses().stream().anyMatch(p -> p.item().id().text().equals(id));
        if (byId || ClauseMatches.best(this, id).map(ClauseMatches.Candidate::complete).orElse(false)) {
            return Result.FOUND;
        }
        return Result.ABSENT;
    }

    private static boolean hasTimer(Sla sla, String timer) {
        return sla.all(SlaLine.SeverityLevel.class).anyMatch(l -> l.timer(timer).isPresent());
    }
}
