package cspec.core.wording;

import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Modality;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the obligations of one piece of prose, sentence by sentence. An obligation verb is a
 * modal (must, shall, should, may, can, might, could, will), "is required to" or "agrees to",
 * outside a subordinate clause ("...that the Client can..." is not one). For each obligation it
 * checks the declared modality, and hands the actor to {@link ActorCheck}; sentences with no
 * obligation are checked for agentless passives.
 */
final class ObligationReader {
    private static final Set<String> MODALS = Set.of("must", "shall", "should", "may", "can", "might", "could",
            "will", "cannot");
    /** "is required to", "are obliged to": an obligation without a modal. */
    private static final Set<String> BOUND_TO = Set.of("required", "obliged", "obligated");
    /** "agrees to", "undertakes to": an obligation the party takes on. */
    private static final Set<String> PROMISES = Set.of("agrees", "agree", "undertakes", "undertake");
    /** The words that make a later "may" a prohibition ("Neither party may"). */
    static final Set<String> NEGATIVES = Set.of("neither", "no", "nor");
    /** Every word an obligation verb starts with: most tokens are none ({@link WordClasses#VERB_START}). */
    static final Set<String> VERB_STARTS = union(MODALS, Grammar.BE, PROMISES);

    /** An obligation verb over tokens [start, end), as written in lower case, and the modality it expresses. */
    record Verb(int start, int end, String word, Modality strength) {
    }

    private final ProseTokens prose;
    private final WordingContext context;
    private final ActorCheck actors;
    private final List<Verb> all = new ArrayList<>();
    private final List<Verb> mismatches = new ArrayList<>();
    /** Disagreeing verbs inside list items: never forgiven as a compound's later verbs, since a list is not a compound. */
    private final List<Verb> itemMismatches = new ArrayList<>();
    /** Per token, the index of the list item it belongs to, or -1. */
    private final int[] itemOf;
    /** The last "neither", "no" or "nor" seen, so prohibitions are found without rescanning. */
    private int negativeSeen = -1;
    /** The start of the last obligation verb recognised, main or subordinate. */
    private int lastVerb = -1;
    private final List<ObligationVerb> obligations = new ArrayList<>();
    /** Modal verbs that state a legal effect ("shall be deemed", "shall survive"): not obligations, yet the sentence is not a bare statement. */
    private int legalEffects;
    /** The last sentence read warranted a fact ("X warrants that ..."): a next part after ";" continues it. */
    private boolean warranty;
    /** The last sentence ended, after ";", inside a condition that lists its cases: a next part continues it. */
    private boolean conditionOpen;

    ObligationReader(ProseTokens prose, WordingContext context, List<Finding> findings) {
        this.prose = prose;
        this.context = context;
        this.actors = new ActorCheck(prose, context.vocabulary(), findings);
        this.itemOf = ListItems.itemOf(prose, context.listItems());
    }

    List<ObligationVerb> obligations() {
        return obligations;
    }

    void read(List<Finding> findings) {
        if (!context.kind().readsSentences()) {
            return;
        }
        int n = prose.tokens().size();
        List<int[]> quiet = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end + 1 < n && prose.seg().sentence[end + 1] == prose.seg().sentence[i] && itemOf[end + 1] == itemOf[i]) {
                end++;
            }
            boolean item = itemOf[i] >= 0;
            if (!readSentence(i, end + 1, item) && !item) {
                quiet.add(new int[] {i, end + 1});
            }
            i = end + 1;
        }
        // A requirement is an obligation even when its prose has no obligation verb
        // ("must MON-8: Alerts are escalated..."): its passives then lack a responsible party.
        boolean obligation = context.kind() == ProseKind.REQUIREMENT && all.isEmpty() && legalEffects == 0;
        for (int[] sentence : quiet) {
            actors.passivesWithoutAgent(sentence[0], sentence[1], obligation);
        }
        List<Verb> duties = new ArrayList<>(all.size());
        for (Verb v : all) {
            if (!grantsRight(v)) {
                duties.add(v);
            }
        }
        boolean compound = context.kind() == ProseKind.REQUIREMENT && duties.size() >= 2;
        if (compound) {
            // A later verb of another strength ("should keep 24 months, but it must keep 12";
            // "...; the Client may audit this") is a second obligation or a right of its own:
            // splitting the requirement is the root cause, so only the first verb is held to
            // the declared modality.
            forgiveLaterMismatches();
            findings.add(compound(duties.get(0), duties.get(1), duties.size()));
        } else if (context.kind() == ProseKind.REQUIREMENT && !duties.isEmpty() && all.size() >= 2
                && grantsRight(all.get(0)) && !mismatches.contains(all.get(0))) {
            // "may disclose ...; provided, however, X shall give notice", "may be established by the
            // Customer and shall be implemented by M&I": the declared permission agrees, and the later
            // duty is a second provision, so the root cause is the compound, not the declaration.
            forgiveLaterMismatches();
            findings.add(compound(all.get(0), duties.get(0), 1 + duties.size()));
        }
        if (!all.isEmpty()) {
            // A later permission or right ("...; the Client may audit this") is the other party's, not the declared duty.
            Verb lead = all.get(0);
            // A permission after a legal effect ("shall continue for three years; provided that X may
            // terminate") is a right, not the declared duty, which the legal effect stated.
            mismatches.removeIf(m -> (m != lead || legalEffects > 0) && grantsRight(m));
        }
        mismatches.addAll(itemMismatches);
        mismatches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (!mismatches.isEmpty()) {
            findings.add(modalityMismatch());
        }
    }

    /**
     * Reads one sentence [from, to); false when it holds no obligation verb. In a list item
     * (inItem), a verb that opens the item takes the lead-in's actor, and no verb makes the
     * requirement compound.
     */
    private boolean readSentence(int from, int to, boolean inItem) {
        List<Token> tokens = prose.tokens();
        int first = firstWord(from, to);
        boolean continuesWarranty = warranty && from > 0 && tokens.get(from - 1).isPunct(';') && first >= 0
                && (tokens.get(first).is("and") || tokens.get(first).is("or") || tokens.get(from).isPunct('(')
                        || first + 1 < to && tokens.get(first + 1).isPunct(')'));
        boolean continuesCondition = conditionOpen && !continuesWarranty && from > 0 && tokens.get(from - 1).isPunct(';')
                && first >= 0 && (tokens.get(first).is("or") || tokens.get(first).is("and") || tokens.get(from).isPunct('('));
        conditionOpen = false;
        warranty = false;
        if (continuesWarranty) {
            warranty = true; // "; and (b) the System will ...": the next part of the warranted fact
            all.addAll(warranted(from, to, first));
            return true;
        }
        List<Verb> verbs = new ArrayList<>();
        List<Verb> warrantedVerbs = List.of();
        // "Client may terminate if (i) Agent defaults ...; or (ii) any proceeding shall be commenced ...":
        // the lettered part after the semicolon is still the condition.
        boolean subordinate = continuesCondition;
        int legalEffectsBefore = legalEffects;
        boolean resumes = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (Segments.endsClause(t)) {
                // "that, as far as possible, the arbitration shall ...": a subordinator before a
                // bracketed insert governs the clause after the insert.
                boolean afterSubordinator = i > from && tokens.get(i - 1).in(WordClasses.SUBORDINATOR);
                subordinate = resumes && !afterSubordinator;
                resumes = afterSubordinator || (resumes && !subordinate);
                if (subordinate) {
                    resumes = false;
                }
                continue;
            }
            prose.subordinate()[i] = subordinate;
            if (t.in(WordClasses.NEGATIVE)) {
                negativeSeen = i;
            }
            // Most words are none of the clause cues, and one bit spares the four tests below.
            boolean cue = t.in(WordClasses.CLAUSE_CUE);
            if (cue && !subordinate && Grammar.opensWarranty(tokens, i)) {
                // "HealthGate warrants that (a) ... will not ...; and (b) the System will ...": the rest
                // of the sentence, and its lettered parts after a semicolon, is the warranted fact.
                warranty = true;
                legalEffects++;
                warrantedVerbs = warranted(i, to, first);
                if (Grammar.disclaims(tokens, i)) {
                    warrantedVerbs = List.of(); // "does not warrant that ...": nothing is warranted
                    warranty = false;
                }
                break;
            }
            if (cue && Grammar.opensCondition(tokens, i)) {
                subordinate = true; // "in the event that", "to the extent": a condition, listed or not
                prose.subordinate()[i] = true;
                continue;
            }
            if (prose.taken()[i]) {
                continue;
            }
            if (t.in(WordClasses.SUBORDINATOR) && !(i == first && Grammar.barePronounSubject(tokens, i))
                    || cue && (Grammar.opensModalComparison(tokens, i) || Grammar.conditionalInversion(tokens, i))) {
                subordinate = true; // "if ...", "as the Client may request", "Should the Client ask, ..."
                prose.subordinate()[i] = true;
                continue;
            }
            Verb v = recognise(i, first);
            if (v != null) {
                lastVerb = i;
                if (!subordinate && counts(v)) {
                    if (Grammar.statesLegalEffect(tokens, v.end())
                            || Grammar.nothingOwed(tokens, v.end()) && first >= 0 && negativeSeen >= first && negativeSeen < i) {
                        legalEffects++; // "shall be deemed", "shall survive": an effect of law, no act by anyone
                    } else {
                        verbs.add(v);
                    }
                }
                i = v.end() - 1;
            }
        }
        conditionOpen = to > from && to - 1 < tokens.size() && tokens.get(to - 1).isPunct(';') && to - 2 >= from
                && prose.subordinate()[to - 2] && opensListedCondition(from, to);
        if (verbs.isEmpty()) {
            addAll(warrantedVerbs);
            return legalEffectsBefore != legalEffects;
        }
        Verb previous = null;
        for (Verb v : verbs) {
            boolean coordinated = previous != null && coordinated(previous, v);
            boolean inherited = inItem && v.start() == first;
            if (previous == null && !inherited) {
                actors.check(v, from, to);
            } else if (previous != null && !coordinated) {
                actors.checkLater(v, previous.end(), to);
            }
            record(v, inItem, promisedByParty(v, from, to));
            previous = v;
        }
        addAll(warrantedVerbs);
        return true;
    }

    /** Adds verbs to all; most sentences warrant nothing, and adding an empty list would still copy it to an array. */
    private void addAll(List<Verb> verbs) {
        if (!verbs.isEmpty()) {
            all.addAll(verbs);
        }
    }

    /** "if (i)", "if any of the following occurs: (a)", "unless (a)": a condition whose cases are lettered. */
    private boolean opensListedCondition(int from, int to) {
        List<Token> tokens = prose.tokens();
        for (int k = from; k < to - 1; k++) {
            Token t = tokens.get(k);
            if ((t.is("if") || t.is("unless") || t.is("where") || t.is("when") || Grammar.opensCondition(tokens, k))
                    && prose.subordinate()[k]) {
                for (int j = k + 1; j < Math.min(to, k + 40); j++) {
                    if (tokens.get(j).isPunct('(') && j + 2 < to && tokens.get(j + 2).isPunct(')')) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The modals of a warranted fact [from, to) ("warrants that the System will create ..."):
     * the warranty binds, so they are neither obligations with an actor of their own nor held to
     * the declared modality; but each lettered fact is a warranty of its own, so they count
     * towards a compound requirement. Every token is marked subordinate.
     */
    private List<Verb> warranted(int from, int to, int first) {
        List<Verb> found = new ArrayList<>();
        List<Token> tokens = prose.tokens();
        boolean partCounted = false;
        for (int k = from; k < to; k++) {
            prose.subordinate()[k] = true;
            if (tokens.get(k).isPunct('(') && k + 2 < to && tokens.get(k + 2).isPunct(')') && k > from) {
                partCounted = false; // "(ii) the Hosting Services will ...": the next lettered fact
            }
            if (prose.taken()[k] || Segments.endsClause(tokens.get(k))) {
                continue;
            }
            Verb v = recognise(k, first);
            if (v != null) {
                if (!partCounted && counts(v) && !Grammar.statesLegalEffect(tokens, v.end())) {
                    found.add(v);
                    partCounted = true; // "will conform ... and will perform": one fact's verbs, one warranty
                }
                k = v.end() - 1;
            }
        }
        return found;
    }

    private int firstWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (prose.tokens().get(i).kind() != Token.Kind.PUNCT) {
                return i;
            }
        }
        return -1;
    }

    private boolean counts(Verb v) {
        if (!context.kind().readsObligations()) {
            return false;
        }
        return context.kind() == ProseKind.REQUIREMENT || v.strength() == Modality.MUST || v.strength() == Modality.SHOULD;
    }

    /**
     * "must detect and must report", "must keep ..., must review ... and must give": an
     * obligation verb right after "and", "or" or a comma continues a list of obligations and
     * shares the first one's subject.
     */
    private boolean coordinated(Verb previous, Verb v) {
        int k = v.start() - 1;
        while (k >= previous.end() && Grammar.isAdverb(prose.tokens().get(k))) {
            k--;
        }
        if (k < previous.end()) {
            return false;
        }
        Token before = prose.tokens().get(k);
        return before.is("and") || before.is("or") || before.isPunct(',');
    }

    private Verb recognise(int i, int first) {
        List<Token> tokens = prose.tokens();
        Token t = tokens.get(i);
        String w = t.norm();
        if (!t.in(WordClasses.VERB_START)) {
            return null;
        }
        if (w.equals("may") && i + 3 < tokens.size() && tokens.get(i + 1).is("be")
                && BOUND_TO.contains(tokens.get(i + 2).norm()) && tokens.get(i + 3).is("to")) {
            // "may be required to": a duty the client can call on, an option rather than a permission.
            return new Verb(i, i + 4, "may be " + tokens.get(i + 2).norm() + " to", Modality.MUST);
        }
        if (MODALS.contains(w)) {
            if (w.equals("may") && t.text().equals("May") && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == Token.Kind.NUMBER) {
                return null; // the month
            }
            int next = Grammar.skipAdverbs(tokens, i + 1);
            boolean negated = w.equals("cannot") || (i + 1 < tokens.size() && tokens.get(i + 1).is("not"))
                    || (next < tokens.size() && tokens.get(next).is("not"));
            int be = next < tokens.size() && tokens.get(next).is("not") ? Grammar.skipAdverbs(tokens, next + 1) : next;
            if (!w.equals("may") && be + 2 < tokens.size() && tokens.get(be).is("be") && BOUND_TO.contains(tokens.get(be + 1).norm())
                    && tokens.get(be + 2).is("to")) {
                return new Verb(i, be + 3, w, Modality.MUST); // "shall be obligated to": one verb, not two
            }
            return new Verb(i, i + 1, w, strength(w, negated, first, i));
        }
        if (Grammar.BE.contains(w) && i + 2 < tokens.size() && tokens.get(i + 2).is("to")
                && BOUND_TO.contains(tokens.get(i + 1).norm())) {
            return new Verb(i, i + 3, w + " " + tokens.get(i + 1).norm() + " to", Modality.MUST);
        }
        if (PROMISES.contains(w) && i + 1 < tokens.size()
                && tokens.get(i + 1).is("to") && !(i > 0 && MODALS.contains(tokens.get(i - 1).norm()))) {
            return new Verb(i, i + 2, w + " to", Modality.MUST);
        }
        return null;
    }

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        all.addAll(c);
        return Set.copyOf(all);
    }

    /** "must not", "shall not", "may not", "cannot" and "Neither party may" all forbid, so they count as must. */
    private Modality strength(String w, boolean negated, int first, int at) {
        switch (w) {
            case "must", "shall", "cannot":
                return Modality.MUST;
            case "should":
                return Modality.SHOULD;
            case "will":
                return context.vocabulary().willObliges() ? Modality.MUST : Modality.WILL;
            default:
                return negated || prohibitive(first, at) ? Modality.MUST : Modality.MAY;
        }
    }

    /** "Neither party may", "No subcontractor may": a negative before the modal in its sentence. */
    private boolean prohibitive(int first, int at) {
        // "If there is no alternative ..., it may elect": a negative inside a condition forbids nothing.
        // "Neither party may terminate ..., but either party may approach the court": the negative governs its own verb only.
        return first >= 0 && negativeSeen >= first && negativeSeen < at && lastVerb < negativeSeen
                && !prose.subordinate()[negativeSeen]
                && (negativeSeen == first || prose.seg().clause[negativeSeen] == prose.seg().clause[at]
                        || at - negativeSeen <= 4);
    }

    /**
     * "HealthGate will provide ...": "will" with a party as its subject (or a pronoun or "each"
     * standing for one, or a party as the passive's agent) is that party's promise, the language
     * of obligation in contracts, and binds as "shall" does. "The page will show ..." states what
     * will happen.
     */
    private boolean promisedByParty(Verb v, int from, int to) {
        if (!v.word().equals("will")) {
            return false;
        }
        List<Token> tokens = prose.tokens();
        for (int k = v.start() - 1; k >= from; k--) {
            Token t = tokens.get(k);
            if (prose.subordinate()[k]) {
                continue;
            }
            if (Segments.endsClause(t) && k < v.start() - 1 && !t.isPunct(',')) {
                break;
            }
            if (prose.party()[k] || t.is("it")
                    || t.is("each") || t.is("either") || t.is("both") || t.is("neither")) {
                return true;
            }
        }
        for (int k = v.end(); k < Math.min(to, v.end() + 12); k++) {
            if (tokens.get(k).is("by") && k + 2 < tokens.size() && (prose.party()[k + 1] || prose.party()[k + 2])) {
                return true;
            }
        }
        return false;
    }

    private void record(Verb v, boolean inItem, boolean promise) {
        if (!inItem) {
            all.add(v);
        }
        boolean mismatched = context.kind() == ProseKind.REQUIREMENT && context.declared() != null
                && ModalityTable.disagrees(context.declared(), v.strength())
                && !(promise && context.declared() == Modality.MUST && v.strength() == Modality.WILL);
        obligations.add(new ObligationVerb(prose.span(v.start(), v.end()), v.word(), v.strength(), mismatched,
                MustCondition.states(prose, v.start(), v.end())));
        if (mismatched) {
            (inItem ? itemMismatches : mismatches).add(v);
        }
    }

    private boolean mixedStrengths() {
        for (Verb v : all) {
            if (v.strength() != all.get(0).strength()) {
                return true;
            }
        }
        return false;
    }

    private void forgiveLaterMismatches() {
        Verb first = all.get(0);
        Set<Integer> later = new HashSet<>();
        all.subList(1, all.size()).forEach(v -> later.add(prose.span(v.start(), v.end()).start()));
        for (int k = 0; k < obligations.size(); k++) {
            ObligationVerb o = obligations.get(k);
            if (o.mismatched() && later.contains(o.span().start())) {
                obligations.set(k, new ObligationVerb(o.span(), o.word(), o.strength(), false, o.statesCondition()));
            }
        }
        mismatches.removeIf(m -> m != first);
    }

    /**
     * One finding per requirement, on its first disagreeing verb: the declaration is the single
     * root cause. "Write ..." rewrites every disagreeing verb; "Declare ..." changes the keyword.
     */
    private Finding modalityMismatch() {
        Verb v = mismatches.get(0);
        Span span = prose.span(v.start(), v.end());
        String written = prose.text(v.start(), v.end());
        String declared = context.declared().keyword();
        // An option binds the provider once ordered, so its verb is "must".
        String verb = context.declared() == Modality.OPTION ? "must" : declared;
        List<TextEdit> edits = new ArrayList<>();
        for (Verb m : mismatches) {
            String replacement = TermScan.matchCase(prose.text(m.start(), m.end()),
                    verb + (m.word().equals("cannot") ? " not" : ""));
            int from = prose.tokens().get(m.start()).start();
            edits.addAll(ProseTokens.wordEdits(prose.text(), prose.base(), from, prose.tokens().get(m.end() - 1).end(),
                    replacement));
        }
        String replacement = edits.get(0).newText();
        List<Fix> fixes = new ArrayList<>();
        fixes.add(new Fix("Write `" + replacement + "`" + (mismatches.size() > 1 ? " (" + mismatches.size() + " places)" : ""),
                edits, false));
        if (context.declaredAt() != null) {
            String keyword = ModalityTable.agreeingKeyword(v.word(), v.strength());
            fixes.add(Fix.onRequest("Declare the requirement `" + keyword + "`", new TextEdit(context.declaredAt(), keyword)));
        }
        String more = mismatches.size() > 1 ? " (and " + (mismatches.size() - 1) + " more time" + (mismatches.size() > 2 ? "s" : "") + ")" : "";
        String message = "The requirement is declared `" + declared + "` but its prose says `" + written + "`" + more
                + ": write `" + replacement + "`, or declare the requirement `" + ModalityTable.agreeingKeyword(v.word(), v.strength()) + "`"
                + (v.word().equals("will") && context.declared() == Modality.MUST
                        ? ": with no party as its subject, `will` says what will happen, not what a party must do;"
                                + " if this contract uses \"will\" for obligations, add `will means must` to its header." : ".");
        return new Finding(Rule.MODALITY_MISMATCH, span, message, fixes, List.of());
    }

    /**
     * A permission ("may be signed in counterparts") or a right ("shall have the right to",
     * "shall be entitled to") binds nobody to act, so it is not a second obligation.
     */
    private boolean grantsRight(Verb v) {
        if (v.strength() == Modality.MAY) {
            return true;
        }
        List<Token> tokens = prose.tokens();
        for (int j = v.start() + 1; j < v.end(); j++) {
            if (tokens.get(j).is("not")) {
                return true; // "shall not be obligated to": no duty, the holder's choice
            }
        }
        int k = Grammar.skipAdverbs(tokens, v.end());
        if (k + 2 < tokens.size() && tokens.get(k).is("have") && (tokens.get(k + 1).is("the") || tokens.get(k + 1).is("a"))
                && (tokens.get(k + 2).is("right") || tokens.get(k + 2).is("option"))) {
            return true;
        }
        return k + 1 < tokens.size() && tokens.get(k).is("be") && tokens.get(k + 1).is("entitled");
    }

    private Finding compound(Verb first, Verb second, int count) {
        Span span = prose.span(second.start(), second.end());
        String what = grantsRight(first)
                ? (first.strength() == Modality.MAY ? "a permission" : "a right") + " and "
                        + (count > 2 ? (count - 1) + " obligations" : "an obligation")
                : count + " obligations";
        String message = "This requirement holds " + what + " (`" + prose.text(first.start(), first.end())
                + "` and `" + prose.text(second.start(), second.end()) + "`" + (count > 2 ? ", and more" : "")
                + "): split it into one requirement per obligation, so each passes or fails on its own"
                + (mixedStrengths() ? ", and declare each with the modality its verb says." : ".");
        RelatedLocation related = RelatedLocation.here(prose.span(first.start(), first.end()), "the first obligation");
        return new Finding(Rule.COMPOUND_REQUIREMENT, span, message, List.of(), List.of(related));
    }
}
