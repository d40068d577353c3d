package cspec.core.wording;

import java.util.List;
import java.util.Set;

/**
 * The few facts about English that the sentence rules need: which words open a subordinate
 * clause, which are forms of "be", which words are past participles, and which bare pronouns
 * can be a subject. Deliberately small: no part-of-speech tagger, so every rule stays
 * explainable and linear.
 */
final class Grammar {
    static final Set<String> SUBORDINATORS = Set.of("if", "when", "whenever", "where", "wherever", "unless", "until",
            "that", "which", "who", "whom", "whose", "whether", "although", "though", "because", "while", "than");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    static final Set<String> PRONOUNS = Set.of("it", "this", "that", "they", "these", "those", "he", "she");
    /** What follows a pronoun that is a subject: an auxiliary, a modal or a common verb. */
    static final Set<String> AFTER_SUBJECT = Set.of("is", "are", "was", "were", "has", "have", "had", "does", "do",
            "did", "must", "shall", "should", "may", "can", "might", "could", "will", "would", "cannot", "includes",
            "include", "applies", "apply", "means", "mean", "covers", "cover", "requires", "require", "ensures",
            "ensure", "contains", "contain", "provides", "provide", "needs", "need", "remains", "remain", "survives",
            "survive", "continues", "continue", "becomes", "become", "expires", "expire", "belongs", "belong", "refers",
            "refer", "takes", "take", "forms", "form", "lasts", "last");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("done", "made", "kept", "held", "sent", "given",
            "taken", "shown", "known", "written", "told", "found", "paid", "met", "set", "put", "run", "built",
            "brought", "sought", "bound", "chosen", "read", "seen", "drawn", "driven", "undertaken", "withheld",
            "overseen", "shared", "stored", "retained", "handled", "led", "left", "lost", "hidden", "forgotten");
    /** Participles that describe a state, not an act anybody performs ("is limited to", "is located in"). */
    private static final Set<String> STATIVE = Set.of("limited", "located", "based", "entitled", "intended",
            "related", "concerned", "interested", "deemed", "governed", "prohibited", "permitted", "allowed",
            "obliged", "obligated", "required", "supposed", "expected", "listed", "defined", "described",
            "attached", "incorporated", "set", "dedicated", "qualified", "certified", "registered", "authorised",
            "authorized", "headquartered", "established", "subject");
    private static final Set<String> ADVERBS = Set.of("also", "not", "only", "always", "then", "still", "further",
            "jointly", "severally");

    private Grammar() {
    }

    static boolean isParticiple(Token t) {
        String w = t.norm();
        if (!t.isWord() || STATIVE.contains(w)) {
            return false;
        }
        return (w.length() > 4 && w.endsWith("ed")) || IRREGULAR_PARTICIPLES.contains(w);
    }

    static boolean isAdverb(Token t) {
        String w = t.norm();
        return t.isWord() && (ADVERBS.contains(w) || (w.length() > 4 && w.endsWith("ly")));
    }

    /** The index of the first token at or after i that is not an adverb. */
    static int skipAdverbs(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size() && isAdverb(tokens.get(k))) {
            k++;
        }
        return k;
    }

    /** True when a pronoun at i is used bare, as a subject: "It must", "This is", not "This contract". */
    static boolean barePronounSubject(List<Token> tokens, int i) {
        if (i >= tokens.size() || !PRONOUNS.contains(tokens.get(i).norm())) {
            return false;
        }
        int next = skipAdverbs(tokens, i + 1);
        return next < tokens.size() && AFTER_SUBJECT.contains(tokens.get(next).norm());
    }
}
