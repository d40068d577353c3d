package cspec.core.wording;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What one document gives meaning to, for the wording engine: the parties (role words, names,
 * and defined terms that name a party), the other defined terms (never flagged as vague), and
 * whether an SLA defines the service's coverage (then "24/7" is not vague). Built once per
 * document; matching is case-sensitive, since a defined term is used with its capitalisation.
 */
public final class Vocabulary {
    /** Party words shorter than this match only as written. */
    private static final int MIN_ANY_CASE = 3;

    public static final Vocabulary NONE = new Vocabulary(Set.of(), Set.of(), false, "Provider");

    private final Set<String> parties;
    private final List<String> definedTerms;
    private final PhraseIndex<Boolean> index = new PhraseIndex<>(true);
    /** Party words in any case and in the plural: "the PROVIDER", "the Publishers", "Licensors". */
    private final PhraseIndex<Boolean> partyIndex = new PhraseIndex<>(false, true);
    private final boolean coverageDefined;
    private final String obligor;
    private final boolean willObliges;

    /**
     * obligor is the role word of the party that usually carries the obligations (the provider's),
     * used in messages' example rewrites.
     */
    public Vocabulary(Collection<String> parties, Collection<String> definedTerms, boolean coverageDefined,
            String obligor) {
        this(parties, definedTerms, coverageDefined, obligor, false);
    }

    private Vocabulary(Collection<String> parties, Collection<String> definedTerms, boolean coverageDefined,
            String obligor, boolean willObliges) {
        this.parties = Set.copyOf(parties);
        this.definedTerms = List.copyOf(definedTerms);
        this.willObliges = willObliges;
        this.coverageDefined = coverageDefined;
        this.obligor = obligor;
        for (String party : parties) {
            index.add(party, Boolean.TRUE, true);
            if (party.strip().length() >= MIN_ANY_CASE) {
                partyIndex.add(party, Boolean.TRUE, true); // "A" in any case would be the article
            }
        }
        for (String term : definedTerms) {
            index.add(term, Boolean.FALSE, true);
        }
    }

    /** The usual vocabulary of a contract whose parties are called the Client and the Provider. */
    public static Vocabulary clientAndProvider() {
        return new Vocabulary(List.of("Client", "Provider"), List.of(), false, "Provider");
    }

    /**
     * The same vocabulary for a document that declares prose "will" an obligation verb
     * ({@code will means must}, or {@code "willMeansMust": true} in cspec.json).
     */
    public Vocabulary withWillAsObligation() {
        return new Vocabulary(parties, definedTerms, coverageDefined, obligor, true);
    }

    /** True when prose "will" binds like "must" in this document. */
    public boolean willObliges() {
        return willObliges;
    }

    public String obligor() {
        return obligor;
    }

    public Set<String> parties() {
        return parties;
    }

    public boolean coverageDefined() {
        return coverageDefined;
    }

    /**
     * Marks the tokens that belong to a party name or a defined term: shield[i] is true for both,
     * party[i] only for parties. A party word matches in any case and in its plural ("the
     * PROVIDER", "the Publishers"); a defined term with its own capitalisation. "party" and
     * "parties" count as parties ("the Parties", "each Party", "either party"), except in "third
     * party".
     */
    void mark(List<Token> tokens, boolean[] shield, boolean[] party) {
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Boolean> m = index.longestAt(tokens, i);
            PhraseIndex.Match<Boolean> p = partyIndex.longestAt(tokens, i);
            if (p != null && (m == null || p.length() > m.length())) {
                m = p;
            }
            if (m != null) {
                for (int k = m.start(); k < m.end(); k++) {
                    shield[k] = true;
                    party[k] |= m.value();
                }
                i = m.end() - 1;
                continue;
            }
            Token t = tokens.get(i);
            if ((t.is("party") || t.is("parties") || t.is("party's") || t.is("parties'"))
                    && !(i > 0 && tokens.get(i - 1).is("third"))) {
                party[i] = true;
            }
        }
    }
}
