package cspec.core.wording;

import cspec.core.diagnostic.Rule;
import java.util.List;
import java.util.Set;

/**
 * Who must act. The actor of an active obligation is its subject: the words before the verb,
 * leaving out subordinate clauses ("If the Client asks, logs must..." has the subject "logs").
 * The actor of a passive one ("must be reviewed") is its "by" agent, else its subject when that
 * is a party ("The Provider must be certified"). An actor that is not a party is
 * no-responsible-party; a bare pronoun is vague-pronoun instead (the root cause). Passives in
 * sentences without an obligation are passive-no-agent.
 */
final class ActorCheck {
    /** How many tokens after "by" may hold the agent's party word ("by the Provider's SOC team"). */
    private static final int AGENT_WINDOW = 5;
    /** How far after a passive verb its "by" may come; bounded so a long clause stays linear. */
    private static final int BY_WINDOW = 16;
    private static final Set<String> PREPOSITIONS = Set.of("by", "from", "to", "for", "with", "under", "on", "in",
            "at", "about", "than", "between", "against", "via");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "each", "any", "either");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    private final ProseTokens prose;
    private final Vocabulary vocabulary;
    private final List<Finding> findings;

    ActorCheck(ProseTokens prose, Vocabulary vocabulary, List<Finding> findings) {
        this.prose = prose;
        this.vocabulary = vocabulary;
        this.findings = findings;
    }

    /** Words that join a later clause to the one before: its subject starts after the last of them. */
    private static final Set<String> JOINS = Set.of("but", "and", "or", "yet", "while", "whereas");

    /**
     * Checks the actor of an obligation verb that follows another one in its sentence ("..., but
     * it must keep them"): the subject is read from the last join before the verb, and a bare
     * pronoun there refers back to the earlier clause's actor, so it is neither vague nor a non-party.
     */
    void checkLater(ObligationReader.Verb v, int from, int to) {
        int start = from;
        for (int k = v.start() - 1; k >= from; k--) {
            Token t = prose.tokens().get(k);
            if (!prose.subordinate()[k] && (Segments.endsClause(t) || JOINS.contains(t.norm()))) {
                start = k + 1;
                break;
            }
        }
        int first = Grammar.skipAdverbs(prose.tokens(), start);
        if (first < v.start() && Grammar.skipAdverbs(prose.tokens(), first + 1) == v.start()
                && Grammar.PRONOUNS.contains(prose.tokens().get(first).norm())) {
            return;
        }
        check(v, start, to);
    }

    /** Words that stand for the parties on their own: "each shall", "either may", "both agree". */
    private static final Set<String> DISTRIBUTIVES = Set.of("each", "either", "both", "neither");

    /**
     * True when the words before the modal invert the sentence, so the subject follows the
     * modal: "nor shall the Provider", "In no event shall eGain be liable", "Under no
     * circumstances will the Client", "at no time shall".
     */
    private boolean inverted(int from, int modal) {
        List<Token> tokens = prose.tokens();
        int k = modal - 1;
        while (k >= from && (tokens.get(k).kind() == Token.Kind.PUNCT || Grammar.isAdverb(tokens.get(k)))) {
            k--;
        }
        if (k < from) {
            return false;
        }
        Token last = tokens.get(k);
        if (last.is("nor")) {
            return true;
        }
        boolean afterNo = k - 1 >= from && (tokens.get(k - 1).is("no") || tokens.get(k - 2 >= from ? k - 2 : k - 1).is("no"));
        return afterNo && (last.is("event") || last.is("circumstances") || last.is("circumstance") || last.is("case")
                || last.is("time") || last.is("way") || last.is("account"));
    }

    /** The subject after an inverted modal is a party (or a pronoun standing for one) within a few words. */
    private boolean partyAfter(int i, int to) {
        for (int k = i; k < Math.min(to, i + AGENT_WINDOW + 1); k++) {
            Token t = prose.tokens().get(k);
            if (prose.party()[k] || Grammar.PRONOUNS.contains(t.norm()) || DISTRIBUTIVES.contains(t.norm())) {
                return true;
            }
            if (Segments.endsClause(t)) {
                return false;
            }
        }
        return false;
    }

    /** Checks the actor of verb v, whose subject lies in tokens [from, v.start()) of a sentence ending at to. */
    void check(ObligationReader.Verb v, int from, int to) {
        List<Token> tokens = prose.tokens();
        if (inverted(from, v.start())) {
            partyAfter(v.end(), to); // the subject follows the modal; when it is no party, cspec cannot tell the noun phrase
            return;
        }
        int firstContent = -1;
        int lastContent = -1;
        int contentCount = 0;
        boolean hasParty = false;
        for (int k = from; k < v.start(); k++) {
            Token t = tokens.get(k);
            if (prose.subordinate()[k] || t.kind() == Token.Kind.PUNCT || Grammar.isAdverb(t)) {
                continue;
            }
            hasParty |= prose.party()[k] && !inPhrase(from, k);
            firstContent = firstContent < 0 ? k : firstContent;
            lastContent = k;
            contentCount++;
        }
        int participle = passiveParticiple(v.end());
        if (participle >= 0) {
            int by = agent(participle + 1, to);
            if (by >= 0) {
                if (!partyWithin(by + 1, to)) {
                    notAParty(by, agentEnd(by, to));
                }
                return;
            }
            // A passive's subject undergoes the act, so it names the actor only when it is the party
            // itself ("The Provider must be certified"), not something of the party's ("Client Data").
            boolean subjectIsParty = lastContent >= 0 && prose.party()[lastContent] && !inPhrase(from, lastContent);
            if (!subjectIsParty && !pronoun(firstContent, contentCount)) {
                findings.add(Finding.of(Rule.NO_RESPONSIBLE_PARTY, prose.span(v.start(), participle + 1),
                        "`" + prose.text(v.start(), participle + 1) + "` does not say who must act, so no party is bound. "
                                + "Make a party the subject, as in `The " + vocabulary.obligor() + " must ...`, or add `by the "
                                + vocabulary.obligor() + "`."));
            }
            return;
        }
        if (firstContent >= 0 && tokens.get(lastContent).is("there")) {
            return; // "there shall be no additional fees": a statement that something exists, no act
        }
        if (hasParty || pronoun(firstContent, contentCount)
                || contentCount == 1 && DISTRIBUTIVES.contains(tokens.get(firstContent).norm())) {
            return;
        }
        if (firstContent < 0) {
            findings.add(Finding.of(Rule.NO_RESPONSIBLE_PARTY, prose.span(v.start(), v.end()),
                    "This obligation has no subject, so no party is bound. Start it with the party who must act, as in `The "
                            + vocabulary.obligor() + " " + v.word() + " ...`."));
            return;
        }
        notAParty(firstContent, lastContent + 1);
    }

    /**
     * True when the party word at k sits in a prepositional phrase ("engaged by the Provider",
     * "sent to the Client"), where it is not the subject. "of" is left out: "personnel of the
     * Provider" is the Provider's personnel.
     */
    private boolean inPhrase(int from, int k) {
        int j = k - 1;
        while (j >= from && (prose.party()[j] || DETERMINERS.contains(prose.tokens().get(j).norm()))) {
            j--;
        }
        return j >= from && PREPOSITIONS.contains(prose.tokens().get(j).norm());
    }

    private void notAParty(int from, int to) {
        String actor = prose.text(from, to);
        findings.add(Finding.of(Rule.NO_RESPONSIBLE_PARTY, prose.span(from, to),
                "`" + actor + "` is not a party to this contract, so this obligation binds nobody. Make a party the actor, "
                        + "as in `The " + vocabulary.obligor() + " must ensure that ...`."));
    }

    /**
     * True when the subject is a bare pronoun: it stands for an actor named earlier, so the
     * actor check stops there; whether that reference is ambiguous is vague-pronoun's question.
     */
    private boolean pronoun(int first, int count) {
        return count == 1 && Grammar.PRONOUNS.contains(prose.tokens().get(first).norm());
    }

    /**
     * Agentless passives ("Reports are approved monthly") in a sentence [from, to) with no
     * obligation verb: passive-no-agent, or no-responsible-party when the prose is itself an
     * obligation (a requirement without an obligation verb).
     */
    void passivesWithoutAgent(int from, int to, boolean obligation) {
        List<Token> tokens = prose.tokens();
        for (int k = from; k < to; k++) {
            if (!Grammar.BE.contains(tokens.get(k).norm()) || prose.taken()[k]) {
                continue;
            }
            int participle = Grammar.skipAdverbs(tokens, k + 1);
            if (participle < to && Grammar.isParticiple(tokens.get(participle)) && agent(participle + 1, to) < 0) {
                String passive = prose.text(k, participle + 1);
                findings.add(obligation
                        ? Finding.of(Rule.NO_RESPONSIBLE_PARTY, prose.span(k, participle + 1), "`" + passive
                                + "` does not say who must act, and this requirement names no party. Make a party the subject, as in `The "
                                + vocabulary.obligor() + " must ...`, or add `by the " + vocabulary.obligor() + "`.")
                        : Finding.of(Rule.PASSIVE_NO_AGENT, prose.span(k, participle + 1), "`" + passive
                                + "` is passive and does not say who acts. Name who does it, as in `The "
                                + vocabulary.obligor() + " ...`, or add `by ...`."));
                k = participle;
            }
        }
    }

    /** The participle of "must [not] be [adverb] reviewed" after the verb ending at token i, else -1. */
    private int passiveParticiple(int i) {
        List<Token> tokens = prose.tokens();
        int be = Grammar.skipAdverbs(tokens, i);
        if (be >= tokens.size() || !tokens.get(be).is("be")) {
            return -1;
        }
        int participle = Grammar.skipAdverbs(tokens, be + 1);
        return participle < tokens.size() && Grammar.isParticiple(tokens.get(participle)) ? participle : -1;
    }

    /**
     * The "by" introducing an agent in the rest of the clause from token i, else -1. Only a party
     * or a capitalised name counts as an agent: "by the end of the month" and "by email" do not.
     */
    private int agent(int i, int to) {
        Segments seg = prose.seg();
        List<Token> tokens = prose.tokens();
        for (int k = i; k < Math.min(to, i + BY_WINDOW) && seg.clause[k] == seg.clause[i]; k++) {
            if (tokens.get(k).is("by") && !prose.subordinate()[k] && !prose.taken()[k] && namesAgent(k + 1, to)) {
                return k;
            }
        }
        return -1;
    }

    private boolean namesAgent(int i, int to) {
        int k = i;
        while (k < to && DETERMINERS.contains(prose.tokens().get(k).norm())) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        Token t = prose.tokens().get(k);
        return prose.party()[k] || (t.isWord() && t.startsUpperCase() && !MONTHS.contains(t.norm()));
    }

    private boolean partyWithin(int i, int to) {
        for (int k = i; k < Math.min(to, i + AGENT_WINDOW); k++) {
            if (prose.party()[k]) {
                return true;
            }
            if (Segments.endsClause(prose.tokens().get(k))) {
                return false;
            }
        }
        return false;
    }

    private int agentEnd(int by, int to) {
        int k = by + 1;
        while (k < Math.min(to, by + AGENT_WINDOW) && prose.tokens().get(k).isWord()) {
            k++;
        }
        return Math.max(k, by + 1);
    }
}
