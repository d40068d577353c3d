package cspec.core.wording;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How strong each rival antecedent of a pronoun is, from its syntactic position alone, and how
 * close the two strongest are. A noun phrase that is a clause's subject or a verb's object is a
 * participant in what the clause says and a strong antecedent; a noun inside a prepositional
 * phrase that modifies another noun ("each change of the firewall rule") is a detail of that noun
 * and a weak one; and a rival in the pronoun's own position (a subject for a subject pronoun) is
 * preferred, since writers keep a referent in one role from clause to clause. A finding's
 * strength is the second-strongest rival's weight less the strongest's: 0 when two rivals are
 * equally strong, lower the more clearly one wins. Only findings at {@link #THRESHOLD} or above
 * are reported.
 */
final class RivalStrength {
    /** A candidate's position in its clause, strongest first. */
    enum Role {
        /** Opens its clause and is followed by its verb ("the gateway shall", "each alert that is raised"), or is a passive's agent. */
        SUBJECT,
        /** Right after a verb (or any other word that is not a preposition): "restart each sensor". */
        OBJECT,
        /** After a preposition that follows a verb or opens a phrase ("sent to the console"), or a phrase no verb follows. */
        OBLIQUE,
        /** After a preposition that follows another noun, which it modifies: "the log of the sensor". */
        MODIFIER
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "each",
            "every", "any", "all", "some", "no", "its", "their", "his", "her", "our", "your", "my", "such", "both",
            "either", "neither", "another", "other", "several", "many", "few", "certain");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "from", "to",
            "into", "onto", "over", "under", "via", "through", "between", "among", "within", "without", "about",
            "against", "during", "before", "after", "upon", "across", "per", "towards", "toward", "like", "than",
            "including", "except", "beyond", "behind", "throughout", "along", "around", "since", "until", "till", "as");
    /** Words that open a clause, so the noun phrase right after one is that clause's subject if a verb follows. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "or", "but", "nor", "if", "when", "whenever",
            "where", "while", "whilst", "because", "although", "though", "unless", "whether", "once", "that", "which",
            "who", "so", "then", "however");
    /** What follows a subject: an auxiliary, a modal or a relative word (a listed verb is read by verbFollows too). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "has", "have", "had",
            "does", "do", "did", "must", "shall", "should", "may", "might", "can", "could", "will", "would", "cannot",
            "also", "not", "that", "which", "who");

    /**
     * The weakest strength still flagged, chosen by 5-fold cross-validation on the tuning part
     * (docs/accuracy.md, "Pronoun ambiguity", round 8): -3 keeps everything but a subject or
     * possessive pronoun whose one subject rival has only nouns' modifiers as rivals ("each change
     * of the firewall rule must be logged from the time it takes effect").
     */
    static final int THRESHOLD = -3;

    private static final Set<String> POSSESSIVE_OR_REFLEXIVE = Set.of("its", "their", "theirs", "his", "hers", "itself",
            "themselves", "himself", "herself");

    /** The most words between a subject's head and its verb: a prepositional phrase or two, as in "the log of the sensor of the gateway must". */
    private static final int SUBJECT_REACH = 12;

    private RivalStrength() {
    }

    /** The position of the noun phrase whose head is at head and which starts at runStart[head]. */
    static Role role(List<Token> tokens, Segments seg, boolean[] isHead, int[] runStart, int head) {
        int before = runStart[head] - 1;
        while (before >= 0 && seg.sentence[before] == seg.sentence[head] && DETERMINERS.contains(tokens.get(before).norm())
                && !(tokens.get(before).is("that") && before + 1 < runStart[head])) {
            before--; // a "that" before another determiner opens a clause: "warrants that each change must ..."
        }
        boolean opensClause = before < 0 || seg.sentence[before] != seg.sentence[head]
                || !tokens.get(before).isWord() || CLAUSE_OPENERS.contains(tokens.get(before).norm());
        if (opensClause && runStart[head] < head && PronounAmbiguity.isVerbForm(tokens.get(runStart[head]).norm())) {
            return Role.OBJECT; // "Sends reports of the incidents to ...": a sentence that opens with its verb
        }
        if (opensClause) {
            return verbFollows(tokens, head) ? Role.SUBJECT : Role.OBLIQUE;
        }
        String word = tokens.get(before).norm();
        if (word.equals("by") && before > 0 && Grammar.isParticiple(tokens.get(before - 1))) {
            return Role.SUBJECT; // "opened by the analysts": a passive's agent is its logical subject
        }
        if (word.equals("for") && head + 1 < tokens.size() && tokens.get(head + 1).is("to")) {
            return Role.SUBJECT; // "for the collector to restart": the subject of the infinitive
        }
        if (PREPOSITIONS.contains(word)) {
            return before > 0 && isHead[before - 1] ? Role.MODIFIER : Role.OBLIQUE;
        }
        return Role.OBJECT;
    }

    /**
     * An auxiliary, a modal, a relative word or a listed verb right after the head, or a
     * prepositional phrase and then an auxiliary, a modal or a relative word ("each change of the
     * firewall rule must"), looked for over at most SUBJECT_REACH words so that the pass stays
     * linear.
     */
    private static boolean verbFollows(List<Token> tokens, int head) {
        int k = head + 1;
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        String next = tokens.get(k).norm();
        if (AUXILIARIES.contains(next) || PronounAmbiguity.isVerbForm(next)) {
            return true;
        }
        if (!PREPOSITIONS.contains(next)) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + SUBJECT_REACH); j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (AUXILIARIES.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rival's weight: a subject 3, an object 2, a verb's prepositional phrase 1, a noun's
     * modifier 0; and 1 more when it holds the pronoun's own position (a subject for a subject,
     * possessive or reflexive pronoun, an object for an object one): writers keep a referent in
     * the same role from clause to clause, and readers expect it there.
     */
    static int weight(Role role, Role pronounRole) {
        int weight = switch (role) {
            case SUBJECT -> 3;
            case OBJECT -> 2;
            case OBLIQUE -> 1;
            case MODIFIER -> 0;
        };
        return role == pronounRole ? weight + 1 : weight;
    }

    /**
     * The position a pronoun's antecedent is expected in: a possessive or a reflexive points back
     * to a subject ("the gateway ... its own logs"), and so does a subject pronoun ("before it
     * restarts"); an object pronoun ("restart it", "notify them") to an object.
     */
    static Role pronounRole(List<Token> tokens, int p) {
        String w = tokens.get(p).norm();
        if (POSSESSIVE_OR_REFLEXIVE.contains(w)) {
            return Role.SUBJECT;
        }
        if (w.equals("them") || w.equals("him")) {
            return Role.OBJECT;
        }
        String next = p + 1 < tokens.size() ? tokens.get(p + 1).norm() : "";
        // "it takes effect": a word in -s after the pronoun is its verb, unless it is a preposition
        // or opens a clause ("reads it as evidence", "keeps it unless ...").
        boolean verbNext = AUXILIARIES.contains(next) || PronounAmbiguity.isVerbForm(next)
                || next.endsWith("s") && !PREPOSITIONS.contains(next) && !CLAUSE_OPENERS.contains(next);
        boolean clauseBefore = p == 0 || !tokens.get(p - 1).isWord() || CLAUSE_OPENERS.contains(tokens.get(p - 1).norm());
        return verbNext || clauseBefore ? Role.SUBJECT : Role.OBJECT;
    }

    /**
     * How close a pronoun's two strongest rivals are, from their weights: the second's weight less
     * the first's, 0 when they are equally strong.
     */
    static int strength(Collection<Integer> weights) {
        int first = Integer.MIN_VALUE;
        int second = Integer.MIN_VALUE;
        for (int w : weights) {
            if (w > first) {
                second = first;
                first = w;
            } else if (w > second) {
                second = w;
            }
        }
        return second - first;
    }

    /** The findings whose rivals are comparably strong: strength at least {@link #THRESHOLD}. */
    static List<PronounAmbiguity.Ambiguous> comparable(List<PronounAmbiguity.Ambiguous> all) {
        return all.stream().filter(a -> a.strength() >= THRESHOLD).toList();
    }
}
