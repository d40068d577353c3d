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
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("made", "kept", "held", "sent", "given",
            "taken", "shown", "known", "written", "told", "found", "paid", "met", "set", "put", "run", "built",
            "brought", "sought", "bound", "chosen", "read", "seen", "drawn", "driven", "undertaken", "withheld",
            "overseen", "shared", "stored", "retained", "handled", "led", "left", "lost", "hidden", "forgotten", "borne",
            "payable", "owed", "owing", "done", "granted", "spent", "struck", "withdrawn");
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

    /** States after "shall be" that are effects of law, not acts: "shall be deemed", "shall be void". */
    private static final Set<String> LEGAL_STATES = Set.of("deemed", "valid", "invalid", "construed", "governed",
            "interpreted", "enforceable", "unenforceable", "effective", "ineffective", "void", "voidable", "null",
            "binding", "considered", "subject", "final", "conclusive", "irrevocable", "terminated", "treated",
            "regarded", "presumed", "read", "applicable", "inapplicable", "severable", "entitled", "liable", "limited");
    /** Verbs after a modal that state a legal effect: "shall survive", "shall constitute", "will terminate". */
    private static final Set<String> LEGAL_EFFECTS = Set.of("constitute", "survive", "remain", "continue", "apply",
            "mean", "include", "terminate", "expire", "commence", "inure", "bind", "prevail", "control", "supersede",
            "become", "govern", "take", "have", "extend", "lapse");

    /**
     * True when the modal ending at token i states a legal effect rather than an act somebody
     * must perform: "shall be deemed", "shall be governed by", "shall survive", "shall
     * constitute", "will terminate automatically", "shall remain in force", "shall have effect".
     * Such a sentence needs no actor. "shall have" counts only before "effect" or "the meaning";
     * "shall take" only before "effect".
     */
    static boolean statesLegalEffect(List<Token> tokens, int i) {
        int k = skipAdverbs(tokens, i);
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        if (t.is("be")) {
            int next = skipAdverbs(tokens, k + 1);
            return next < tokens.size() && (LEGAL_STATES.contains(tokens.get(next).norm())
                    || tokens.get(next).is("in") && next + 1 < tokens.size() && (tokens.get(next + 1).is("effect")
                            || tokens.get(next + 1).is("force"))
                    || tokens.get(next).is("of") && next + 1 < tokens.size() && tokens.get(next + 1).is("no"));
        }
        if (!LEGAL_EFFECTS.contains(t.norm())) {
            return false;
        }
        if (t.is("have") || t.is("take")) {
            int next = k + 1;
            return next < tokens.size() && (tokens.get(next).is("effect") || tokens.get(next).is("no")
                    || tokens.get(next).is("the") && next + 1 < tokens.size() && tokens.get(next + 1).is("meaning")
                    || tokens.get(next).is("the") && next + 1 < tokens.size() && tokens.get(next + 1).is("meanings"));
        }
        return true;
    }

    /**
     * "no Termination Payment shall be due", "no fee shall be payable": a negated state of owing
     * says that nothing is owed, which binds nobody; "payments will be due net 30 days" is a
     * payment term and stays an obligation.
     */
    static boolean nothingOwed(List<Token> tokens, int i) {
        int k = skipAdverbs(tokens, i);
        if (k + 1 >= tokens.size() || !tokens.get(k).is("be")) {
            return false;
        }
        int next = skipAdverbs(tokens, k + 1);
        return next < tokens.size() && (tokens.get(next).is("due") || tokens.get(next).is("payable")
                || tokens.get(next).is("owed") || tokens.get(next).is("owing"));
    }

    /** Modals, for the tests below. */
    private static final Set<String> MODALS = Set.of("must", "shall", "should", "may", "can", "might", "could", "will",
            "would");

    /**
     * "as" opening a clause whose verb is a modal: "as the Client may request", "as may be
     * agreed", "as the case may be". The modal there is part of a comparison, not an obligation.
     */
    static boolean opensModalComparison(List<Token> tokens, int i) {
        if (!tokens.get(i).is("as")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
            Token t = tokens.get(k);
            if (Segments.endsClause(t)) {
                return false;
            }
            if (MODALS.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Should the Client ask ..., the Provider must ...": "should" opening a sentence before its
     * subject is a condition ("if the Client asks"), not an obligation.
     */
    static boolean conditionalInversion(List<Token> tokens, int i) {
        if (!tokens.get(i).is("should") || i + 1 >= tokens.size()) {
            return false;
        }
        if (i > 0 && !tokens.get(i - 1).isPunct(',') && !tokens.get(i - 1).isPunct(';') && !tokens.get(i - 1).isPunct(':')
                && !tokens.get(i - 1).isPunct('.')) {
            return false; // only where a clause starts: "Should the Client ask", "Subject to X, should either party breach"
        }
        Token next = tokens.get(i + 1);
        return next.isWord() && (Set.of("the", "a", "an", "any", "such", "either", "each", "it", "they", "there", "this",
                "that", "its", "their", "no").contains(next.norm()) || next.startsUpperCase());
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
