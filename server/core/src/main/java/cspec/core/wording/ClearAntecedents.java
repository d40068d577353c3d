package cspec.core.wording;

import cspec.core.wording.NounClasses.Kind;
import java.util.List;
import java.util.Set;

/**
 * Positions in which English settles a pronoun's antecedent, however many earlier noun phrases
 * agree with it in number, so that the pronoun is not ambiguous:
 *
 * <ul>
 *   <li>a pronoun in a fronted adverbial ("In the event of misconduct on its part, Agent shall",
 *   "If it fails to pay, the Customer may") points forward to the subject of the main clause;</li>
 *   <li>in the items of a list that one subject represents, warrants or undertakes ("Provider
 *   warrants that: (a) it is ...; (b) its ..."), the item's subject pronoun is that subject;</li>
 *   <li>a possessive in a settled adverbial ("in its sole discretion", "at its own expense", "on
 *   its behalf", "by their terms"), before "successors", or "the meanings given to them" means the
 *   clause's subject, by convention;</li>
 *   <li>an as-clause right after a noun phrase describes it ("the Rules, as they may be amended");</li>
 *   <li>a possessive opening the second of two joined noun phrases parallels the first one's
 *   of-phrase ("expiry of this Agreement, or its termination");</li>
 *   <li>singular "their" or "them" stands for the one person named when every plural rival is a
 *   thing ("each subscriber ... their interests").</li>
 * </ul>
 *
 * The positions are read from the tokens around the pronoun; only the fronted adverbial and
 * singular "they" also ask whether a rival can name a person ({@link NounClasses}).
 */
final class ClearAntecedents {
    /** What can act, own and take part: a person or an organisation. */
    static final int AGENT = NounClasses.mask(Kind.PERSON, Kind.GROUP);

    private static final Set<String> FRONTING_PREPOSITIONS = Set.of("in", "on", "at", "by", "for", "with", "without",
            "upon", "after", "before", "during", "notwithstanding", "despite", "following", "prior", "save", "except");
    private static final Set<String> FRONTING_SUBORDINATORS = Set.of("if", "when", "whenever", "where", "unless",
            "until", "while", "whilst", "although", "though", "because", "once", "since", "should", "as");
    private static final Set<String> MODALS = Set.of("must", "shall", "should", "may", "might", "can", "could", "will",
            "would", "cannot", "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "agrees", "agree",
            "warrants", "undertakes", "acknowledges", "represents", "hereby", "also", "not");
    private static final Set<String> MAIN_CLAUSE_MODALS = Set.of("must", "shall", "will", "cannot");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "each", "every", "any", "such", "either",
            "this", "that", "these", "those", "all", "both");

    /** Verbs by which a subject commits itself to what follows: a warranty, an undertaking, an acknowledgement. */
    private static final Set<String> COMMITS = Set.of("represents", "represent", "warrants", "warrant", "covenants",
            "covenant", "undertakes", "undertake", "agrees", "agree", "acknowledges", "acknowledge", "confirms",
            "confirm", "certifies", "certify", "declares", "declare", "promises", "promise", "shall", "must", "will");

    /**
     * Nouns that, after a preposition and a possessive, form a settled adverbial about the actor's
     * own standpoint, means or text: "in its sole discretion", "at its own expense", "on its
     * behalf", "on its part", "for its own account", "by their terms", "in their entirety".
     */
    private static final Set<String> SETTLED_NOUNS = Set.of("discretion", "expense", "cost", "costs", "risk", "behalf",
            "part", "account", "option", "election", "judgment", "judgement", "opinion", "terms", "entirety");
    /** Words between a possessive and a settled noun: "its sole and absolute discretion", "its own expense". */
    private static final Set<String> SETTLED_MODIFIERS = Set.of("own", "sole", "absolute", "and", "reasonable",
            "good", "faith", "unfettered", "exclusive", "respective", "full");
    /** "its successors and assigns": who takes over a party's place is always the party's. */
    private static final Set<String> SUCCESSORS = Set.of("successors", "successor", "assigns", "permitted");
    private static final Set<String> AUXILIARIES = Set.of("may", "might", "shall", "will", "can", "could", "would",
            "must", "is", "are", "was", "were", "has", "have", "had", "be");
    /** Verbs that take no object and say what becomes of their subject: "as they become due", "as it may change". */
    private static final Set<String> CHANGES = Set.of("become", "becomes", "became", "remain", "remains", "change",
            "changes", "changed", "vary", "varies", "exist", "exists", "stand", "stands", "apply", "applies");
    /** The words of "from time to time" between an auxiliary and its passive: "may from time to time be amended". */
    private static final Set<String> FROM_TIME_TO_TIME = Set.of("from", "time", "to");
    private static final Set<String> GIVEN = Set.of("given", "ascribed", "assigned", "attributed");

    private ClearAntecedents() {
    }

    /**
     * A possessive in a settled adverbial phrase or before "successors", or the "them" of "the
     * meanings given to them": by the convention of legal and technical prose the antecedent is
     * the clause's subject (or the defined term), never one of the nouns in between.
     */
    static boolean settledPhrase(List<Token> tokens, int p) {
        String w = tokens.get(p).norm();
        if (w.equals("its") || w.equals("their")) {
            int k = p + 1;
            while (k < tokens.size() && SETTLED_MODIFIERS.contains(tokens.get(k).norm())) {
                k++;
            }
            if (k >= tokens.size()) {
                return false;
            }
            String noun = tokens.get(k).norm();
            if (SUCCESSORS.contains(noun)) {
                return true;
            }
            return p > 0 && Set.of("in", "at", "on", "for", "by", "with").contains(tokens.get(p - 1).norm())
                    && SETTLED_NOUNS.contains(noun);
        }
        if (w.equals("it") || w.equals("them")) {
            // "the meaning given to it", "the meanings ascribed to them": a definition's wording
            return p >= 3 && tokens.get(p - 1).is("to") && GIVEN.contains(tokens.get(p - 2).norm())
                    && (tokens.get(p - 3).is("meaning") || tokens.get(p - 3).is("meanings"));
        }
        return false;
    }

    /**
     * "In the absence of misconduct on its part, Agent shall not be liable", "If it fails to pay,
     * the Customer may": a pronoun inside a fronted adverbial phrase or clause, before the main
     * clause, refers forward to the main clause's subject when that subject agrees with it and no
     * earlier noun in the fronted part could stand for it as well. In a fronted prepositional
     * phrase, an earlier common noun that never names a person is no rival for a possessive
     * ("misconduct on its part": the actor's part); otherwise any agreeing earlier noun is.
     */
    static boolean cataphoric(List<Token> tokens, Segments seg, boolean[] isHead, boolean[] plural, int[] runStart,
            boolean[] party, int p, boolean many) {
        int sentence = seg.sentence[p];
        int start = sentenceStart(seg, p);
        String opener = tokens.get(start).norm();
        if (!FRONTING_PREPOSITIONS.contains(opener) && !FRONTING_SUBORDINATORS.contains(opener)) {
            return false;
        }
        // the fronted part runs to the first comma after the pronoun, with no modal in it (a modal
        // would make it the main clause): "In the absence of negligence, bad faith or misconduct on its part,"
        int comma = -1;
        for (int k = start; k < tokens.size() && seg.sentence[k] == sentence; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct(':') || MAIN_CLAUSE_MODALS.contains(t.norm())) {
                return false;
            }
            if (t.isPunct(',') && k > p) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return false;
        }
        int subject = mainSubject(tokens, seg, isHead, runStart, comma);
        if (subject < 0 || !(party[subject] || plural[subject] == many)) {
            return false;
        }
        // a fronted prepositional phrase has no subject of its own, so a possessive in it is the
        // main subject's unless a person or a name before it could own the thing too
        boolean possessive = tokens.get(p).is("its") || tokens.get(p).is("their");
        boolean phrase = FRONTING_PREPOSITIONS.contains(opener);
        String subjectLemma = lemma(tokens.get(subject).norm(), plural[subject]);
        // the subject must be something the pronoun can mean: in "If it fails, the officer must" the
        // "it" is not the officer, so the rivals before it stay
        if (!many && !party[subject] && (PronounAmbiguity.HUMANS.contains(tokens.get(subject).norm())
                || NounClasses.onlyPerson(subjectLemma))) {
            return false;
        }
        int allowed = SelectionalRestrictions.allowed(tokens, p);
        if (allowed != SelectionalRestrictions.ANY && !NounClasses.canBe(subjectLemma, allowed)) {
            return false;
        }
        boolean subjectActs = party[subject] || tokens.get(subject).startsUpperCase() || NounClasses.canBe(subjectLemma, AGENT);
        for (int k = start; k < p; k++) {
            if (!isHead[k] || plural[k] != many) {
                continue;
            }
            if (!possessive || !phrase || !subjectActs || party[k] || tokens.get(k).startsUpperCase()
                    || canBePerson(lemma(tokens.get(k).norm(), plural[k]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean canBePerson(String noun) {
        int classes = NounClasses.of(noun);
        return classes == NounClasses.UNKNOWN || (classes & Kind.PERSON.bit()) != 0;
    }

    /** The head of the noun phrase right after a fronted part's comma when a verb or a modal follows it, else -1. */
    private static int mainSubject(List<Token> tokens, Segments seg, boolean[] isHead, int[] runStart, int comma) {
        int k = comma + 1;
        while (k < tokens.size() && DETERMINERS.contains(tokens.get(k).norm())) {
            k++;
        }
        for (int h = k; h < tokens.size() && h <= k + 4 && seg.sentence[h] == seg.sentence[comma]; h++) {
            if (isHead[h]) {
                return runStart[h] == k && h + 1 < tokens.size() && MODALS.contains(tokens.get(h + 1).norm()) ? h : -1;
            }
        }
        return -1;
    }

    /**
     * "VOTOCAST warrants that: (a) it is duly organised; (b) it has the power to perform its
     * obligations": in a list of items that one subject represents, warrants or undertakes, the
     * pronoun that is an item's subject is that subject, and so is a possessive in an item whose
     * subject is that pronoun or that name. The list's lead-in must open the sentence with its
     * subject and a verb of commitment, and the pronoun must agree with the subject.
     */
    static boolean inCommittedList(List<Token> tokens, Segments seg, boolean[] isHead, boolean[] plural,
            int[] runStart, boolean[] party, int p, boolean many) {
        // the lead-in is the nearest sentence before the pronoun's that opens with neither a list
        // label nor "and" or "or": items ending in a semicolon are sentences of their own
        int start = sentenceStart(seg, p);
        int sentences = 0;
        while ((labelEnd(tokens, afterConjunction(tokens, start)) >= 0 || afterConjunction(tokens, start) > start)
                && start > 0 && sentences++ < 12) {
            start = sentenceStart(seg, start - 1);
        }
        // the lead-in's verb of commitment, right after its subject's last word: "VOTOCAST warrants",
        // "The Receiving Party represents and warrants", "The Executive shall:"
        int verb = -1;
        for (int k = start + 1; k < p && k <= start + 6; k++) {
            if (COMMITS.contains(tokens.get(k).norm())) {
                verb = k;
                break;
            }
        }
        int subject = verb - 1;
        if (verb < 0 || !tokens.get(subject).isWord() || DETERMINERS.contains(tokens.get(subject).norm())
                || Grammar.isAdverb(tokens.get(subject))) {
            return false;
        }
        boolean subjectPlural = isHead[subject] && plural[subject];
        if (!(party[subject] || subjectPlural == many)) {
            return false;
        }
        String commits = tokens.get(verb).norm();
        boolean modal = commits.equals("shall") || commits.equals("must") || commits.equals("will");
        if (modal && !(verb + 1 < p && tokens.get(verb + 1).isPunct(':'))) {
            return false; // "the Executive shall:" opens a list of duties; "the Provider shall ensure that it" does not
        }
        int itemStart = itemStart(tokens, seg, verb + 1, p);
        if (itemStart < 0) {
            return false;
        }
        int itemSubject = itemSubject(tokens, seg, itemStart, p);
        if (itemSubject == p) {
            return true;
        }
        String w = tokens.get(p).norm();
        boolean possessive = w.equals("its") || w.equals("their");
        return possessive && itemSubject >= 0 && itemSubject < p
                && (tokens.get(itemSubject).norm().equals(many ? "they" : "it")
                        || tokens.get(itemSubject).norm().equals(tokens.get(subject).norm()));
    }

    /** "and (e)", "or 5.1.5": the last item's label after its conjunction. */
    private static int afterConjunction(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && (tokens.get(k).is("and") || tokens.get(k).is("or")) ? k + 1 : k;
    }

    private static int sentenceStart(Segments seg, int i) {
        int start = i;
        while (start > 0 && seg.sentence[start - 1] == seg.sentence[i]) {
            start--;
        }
        return start;
    }

    /** The index after a list label at k ("(a)", "(iv)", "b)", "5.1.2"), or -1. */
    private static int labelEnd(List<Token> tokens, int k) {
        if (k + 2 < tokens.size() && tokens.get(k).isPunct('(') && label(tokens.get(k + 1)) && tokens.get(k + 2).isPunct(')')) {
            return k + 3;
        }
        if (k + 1 < tokens.size() && label(tokens.get(k)) && tokens.get(k + 1).isPunct(')')) {
            return k + 2;
        }
        if (k < tokens.size() && tokens.get(k).kind() == Token.Kind.NUMBER && tokens.get(k).norm().indexOf('.') > 0) {
            return k + 1;
        }
        return -1;
    }

    /**
     * Where the list item holding the pronoun starts: after the last label ("(a)", "(iv)", "5.1.2")
     * or semicolon between the lead-in and the pronoun; -1 when the pronoun is in no item.
     */
    private static int itemStart(List<Token> tokens, Segments seg, int from, int p) {
        int start = -1;
        for (int k = Math.max(from, sentenceStart(seg, p)); k < p; k++) {
            int end = labelEnd(tokens, k);
            if (tokens.get(k).isPunct(';')) {
                start = k + 1;
            } else if (end >= 0 && end <= p) {
                start = end;
                k = end - 1;
            }
        }
        return start;
    }

    private static boolean label(Token t) {
        String w = t.norm();
        return t.kind() == Token.Kind.NUMBER || w.length() == 1 && Character.isLetter(w.charAt(0)) || w.matches("[ivx]{1,5}");
    }

    /**
     * The subject of an item: its first word, after "neither" or "either" and after a fronted phrase
     * that ends in a comma ("(b) in the course of the Services, neither it nor ..."); -1 when the
     * item opens otherwise.
     */
    private static int itemSubject(List<Token> tokens, Segments seg, int itemStart, int p) {
        int k = itemStart;
        if (k < p && (FRONTING_PREPOSITIONS.contains(tokens.get(k).norm()) || FRONTING_SUBORDINATORS.contains(tokens.get(k).norm()))) {
            while (k < p && !tokens.get(k).isPunct(',')) {
                k++;
            }
            if (k == p) {
                // "(e) on the Effective Date it will conduct": no comma ends the fronted phrase, but a
                // subject pronoun with its auxiliary starts the clause
                for (int j = itemStart; j <= p; j++) {
                    if ((tokens.get(j).is("it") || tokens.get(j).is("they")) && j + 1 < tokens.size()
                            && MODALS.contains(tokens.get(j + 1).norm())) {
                        return j;
                    }
                }
                return -1;
            }
            k++;
        }
        while (k < tokens.size() && (tokens.get(k).is("neither") || tokens.get(k).is("either") || tokens.get(k).is("that"))) {
            k++;
        }
        return k < tokens.size() && seg.sentence[k] == seg.sentence[p] ? k : -1;
    }

    /**
     * "the Rules, as they may be amended", "such period, as it may be extended": an as-clause right
     * after a noun phrase, whose subject is the pronoun with an auxiliary, describes that noun phrase,
     * so it is the antecedent when it agrees. A singular head joined to another by "and" or "or"
     * ("each control unit and device sensor as it is identified") leaves the choice open.
     */
    static boolean asClause(List<Token> tokens, boolean[] isHead, boolean[] plural, int[] runStart, int p, boolean many) {
        if (p < 2 || !tokens.get(p - 1).is("as") || !describesState(tokens, p + 1)) {
            return false;
        }
        int head = tokens.get(p - 2).isPunct(',') ? p - 3 : p - 2;
        if (head < 0 || !isHead[head] || plural[head] != many) {
            return false;
        }
        boolean joined = false; // "and device sensor": the chunker leaves a word after "and" out of the phrase
        for (int k = runStart[head] - 1; k >= Math.max(0, runStart[head] - 2); k--) {
            joined |= tokens.get(k).is("and") || tokens.get(k).is("or");
        }
        return many || !joined;
    }

    /**
     * True when the words from k say what happens to the subject, with no object of its own: a
     * passive ("may from time to time be amended", "are incurred") or a verb of change ("become
     * due", "may change"), not an act it performs on something ("as it may deem appropriate").
     */
    private static boolean describesState(List<Token> tokens, int k) {
        int end = Math.min(tokens.size(), k + 8);
        for (int j = k; j < end && tokens.get(j).isWord(); j++) {
            String w = tokens.get(j).norm();
            if (CHANGES.contains(w)) {
                return true;
            }
            if (Grammar.BE.contains(w)) {
                int next = Grammar.skipAdverbs(tokens, j + 1);
                return next < tokens.size() && (tokens.get(next).norm().endsWith("ed") || tokens.get(next).norm().endsWith("en"));
            }
            if (!AUXILIARIES.contains(w) && !Grammar.isAdverb(tokens.get(j)) && !FROM_TIME_TO_TIME.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "expiry of this Agreement, or its termination": a possessive that opens the second of two
     * joined noun phrases parallels the of-phrase of the first, so the noun of that of-phrase is
     * its antecedent when it agrees.
     */
    static boolean parallelPossessive(List<Token> tokens, boolean[] isHead, boolean[] plural, int[] runStart, int p,
            boolean many) {
        if (!(tokens.get(p).is("its") || tokens.get(p).is("their")) || p < 4) {
            return false;
        }
        int k = p - 1;
        if (!(tokens.get(k).is("or") || tokens.get(k).is("and"))) {
            return false;
        }
        k--;
        if (tokens.get(k).isPunct(',')) {
            k--;
        }
        if (k < 0 || !isHead[k] || plural[k] != many) {
            return false;
        }
        int of = runStart[k] - 1;
        while (of >= 0 && DETERMINERS.contains(tokens.get(of).norm())) {
            of--;
        }
        if (of < 1 || !tokens.get(of).is("of") || !isHead[of - 1]) {
            return false;
        }
        // "in the State of Florida, and its validity ... shall be governed": "and" joins clauses, not noun phrases
        for (int j = p + 1; j < tokens.size() && !tokens.get(j).isPunct('.') && !tokens.get(j).isPunct(';'); j++) {
            if (AUXILIARIES.contains(tokens.get(j).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Each subscriber will be sent updates on content that matches their interests": singular
     * "they" stands for one person. A "their", "them" or "themselves" whose sentence (or the one
     * before) names a single person, and whose plural rivals are all things that name no person or
     * organisation, means that person: a thing is not e-mailed, thanked, or given interests or duties.
     */
    static boolean singularThey(List<Token> tokens, Segments seg, boolean[] isHead, boolean[] plural, int p,
            List<Integer> pluralRivals) {
        if (tokens.get(p).is("they")) {
            return false; // things do most of what a subject does ("they will interfere"), so the test tells nothing
        }
        boolean person = false;
        for (int k = p - 1; k >= 0 && seg.sentence[k] >= seg.sentence[p] - 1; k--) {
            int classes = isHead[k] && !plural[k] ? NounClasses.of(tokens.get(k).norm()) : NounClasses.UNKNOWN;
            if (classes != NounClasses.UNKNOWN && (classes & Kind.PERSON.bit()) != 0) {
                person = true;
                break;
            }
        }
        if (!person) {
            return false;
        }
        for (int k : pluralRivals) {
            if (NounClasses.canBe(lemma(tokens.get(k).norm(), true), AGENT)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The singular of a plural head: "policies" policy, "losses" loss, "approaches" approach, "caches"
     * cache; where dropping "s" and dropping "es" both give a word, the one WordNet knows as a noun.
     */
    static String lemma(String head, boolean plural) {
        if (!plural || !head.endsWith("s") || head.endsWith("ss")) {
            return head;
        }
        if (head.endsWith("ies") && head.length() > 4) {
            return head.substring(0, head.length() - 3) + "y";
        }
        String withoutS = head.substring(0, head.length() - 1);
        if (head.endsWith("es") && NounClasses.of(withoutS) == NounClasses.UNKNOWN) {
            String withoutEs = head.substring(0, head.length() - 2);
            if (NounClasses.of(withoutEs) != NounClasses.UNKNOWN) {
                return withoutEs;
            }
        }
        return withoutS;
    }
}
