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
    static final Set<String> ADVERBS = Set.of("also", "not", "only", "always", "then", "still", "further",
            "jointly", "severally", "together");

    /**
     * The only words at which {@link #opensWarranty}, {@link #opensCondition},
     * {@link #opensModalComparison} or {@link #conditionalInversion} can hold: each tests its
     * token for one of them first. A reader may skip the four at any other word.
     */
    static final Set<String> CLAUSE_CUES = Set.of("that", "event", "extent", "as", "should");

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

    /** Effect verbs that are a party's act when an object follows: "may terminate this Agreement", "extend the Term". */
    private static final Set<String> ACTS_WITH_OBJECT = Set.of("terminate", "extend", "continue", "commence");
    private static final Set<String> OBJECT_STARTS = Set.of("this", "the", "any", "such", "its", "their", "all", "each",
            "a", "an", "his", "her", "said");

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
                    || protectedInActing(tokens, next) || property(tokens, next)
                    || tokens.get(next).is("in") && next + 1 < tokens.size() && (tokens.get(next + 1).is("effect")
                            || tokens.get(next + 1).is("force"))
                    || tokens.get(next).is("of") && next + 1 < tokens.size() && tokens.get(next + 1).is("no"));
        }
        if (!LEGAL_EFFECTS.contains(t.norm())) {
            return false;
        }
        if (ACTS_WITH_OBJECT.contains(t.norm()) && k + 1 < tokens.size() && (OBJECT_STARTS.contains(tokens.get(k + 1).norm())
                || t.is("continue") && tokens.get(k + 1).is("to"))) {
            return false; // "may terminate this Agreement", "shall continue to provide": an act of a party
        }
        if (t.is("have") || t.is("take")) {
            int next = k + 1;
            return next < tokens.size() && (tokens.get(next).is("effect") || tokens.get(next).is("no")
                    || tokens.get(next).is("the") && next + 1 < tokens.size() && tokens.get(next + 1).is("meaning")
                    || tokens.get(next).is("the") && next + 1 < tokens.size() && tokens.get(next + 1).is("meanings"));
        }
        return true;
    }

    /** What may stand between "be" and "property": "the joint and sole property". */
    private static final Set<String> BEFORE_PROPERTY = Set.of("the", "its", "their", "joint", "sole", "exclusive", "and");

    /** "shall be the (joint) property of": who owns a thing, not an act anybody performs. */
    private static boolean property(List<Token> tokens, int k) {
        int j = k;
        while (j < Math.min(tokens.size(), k + 4) && BEFORE_PROPERTY.contains(tokens.get(j).norm())) {
            j++;
        }
        return j > k && j < tokens.size() && tokens.get(j).is("property");
    }

    /**
     * "shall be protected in acting", "shall be fully protected in relying upon": the protection
     * the law gives a party for what it does, not an act; "shall be protected against loss"
     * stays a duty to protect.
     */
    private static boolean protectedInActing(List<Token> tokens, int k) {
        int next = skipAdverbs(tokens, k + 1);
        return tokens.get(k).is("protected") && next < tokens.size() && tokens.get(next).is("in");
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
        if (!tokens.get(i).is("as") || i > 0 && (tokens.get(i - 1).is("such") || tokens.get(i - 1).is("well"))
                || i + 1 < tokens.size() && tokens.get(i + 1).is("well")) {
            return false; // "such as", "as well as": examples and additions, not a comparison
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 10); k++) {
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

    /** Words "should" never takes as its verb: after it, they open an inverted condition's subject. */
    private static final Set<String> NEVER_AFTER_SHOULD = Set.of("the", "a", "an", "any", "such", "either", "each", "there",
            "its", "their", "no");
    /** Pronouns that may follow a clause-opening "should" as its subject. */
    private static final Set<String> INVERTED_SUBJECTS = Set.of("it", "they", "this", "that");

    /**
     * "Should the Client ask ..., the Provider must ...": "should" opening a sentence before its
     * subject is a condition ("if the Client asks"), not an obligation.
     */
    static boolean conditionalInversion(List<Token> tokens, int i) {
        if (!tokens.get(i).is("should") || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.isWord() && NEVER_AFTER_SHOULD.contains(next.norm())) {
            return true; // "shall terminate should any of the following events occur": "should" never takes these as its verb
        }
        if (i > 0 && !tokens.get(i - 1).isPunct(',') && !tokens.get(i - 1).isPunct(';') && !tokens.get(i - 1).isPunct(':')
                && !tokens.get(i - 1).isPunct('.')) {
            return false; // only where a clause starts: "Should the Client ask", "Subject to X, should either party breach"
        }
        return next.isWord() && (INVERTED_SUBJECTS.contains(next.norm()) || next.startsUpperCase());
    }

    /** Nouns and words whose "that" opens a condition or a purpose: "in the event that", "provided that", "to the extent that". */
    private static final Set<String> CONDITION_THAT = Set.of("event", "extent", "except", "so", "such", "order",
            "condition", "assuming");
    /** Words after "to the extent" that qualify the main clause instead of opening a condition: "to the extent possible". */
    private static final Set<String> EXTENT_QUALIFIERS = Set.of("possible", "practicable", "practical", "feasible",
            "reasonable", "reasonably", "that", "of");

    /**
     * True when token i opens a condition even where a listed phrase covers it: the "that" of
     * "in the event that", "to the extent that", "so that"; "in the event" before
     * a clause ("in the event Microsoft terminates"); "to the extent" before a clause or a
     * participle ("to the extent compelled by law", "to the extent any such modification will
     * permit"). A modal inside is part of the condition, not the obligation. "provided that X
     * shall ..." is not one: a proviso sets a duty of its own (a compound requirement).
     */
    static boolean opensCondition(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is("that")) {
            int k = i - 1;
            while (k >= 0 && (tokens.get(k).isPunct(',') || tokens.get(k).is("however"))) {
                k--;
            }
            return k >= 0 && CONDITION_THAT.contains(tokens.get(k).norm());
        }
        if (i < 2 || !tokens.get(i - 1).is("the") || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
            return false;
        }
        if (t.is("event") && tokens.get(i - 2).is("in")) {
            return !tokens.get(i + 1).is("of") && !tokens.get(i + 1).is("that");
        }
        return t.is("extent") && tokens.get(i - 2).is("to") && !EXTENT_QUALIFIERS.contains(tokens.get(i + 1).norm());
    }

    /** Words before "warrants" that make it the noun ("the warrants that the Company issued"). */
    private static final Set<String> BEFORE_WARRANTS_NOUN = Set.of("the", "such", "any", "all", "of", "these", "those", "its",
            "their", "no");

    /** Verbs whose "that" clause is what they warrant: "warrants that the System will ...". */
    static final Set<String> WARRANTS = Set.of("warrants", "warrant", "represents", "represent", "guarantees", "guarantee",
            "certifies", "certify", "covenants", "covenant");

    /** "does not warrant that", "makes no representation that": a disclaimer, which warrants nothing. */
    static boolean disclaims(List<Token> tokens, int that) {
        for (int k = that - 1; k >= Math.max(0, that - 8); k--) {
            if (WARRANTS.contains(tokens.get(k).norm())) {
                for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                    if (tokens.get(j).is("not") || tokens.get(j).is("no") || tokens.get(j).is("never")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * True when token i is "that" after a verb of warranting ("warrants that", "represents and
     * warrants that", "warrants to the Client that"): what follows, to the end of the sentence and
     * through its lettered parts, is the warranted fact, which the warranty binds as must does.
     */
    static boolean opensWarranty(List<Token> tokens, int i) {
        if (!tokens.get(i).is("that")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            Token t = tokens.get(k);
            if (WARRANTS.contains(t.norm())) {
                // "the warrants that the Company issued": the noun, not the verb
                return k == 0 || !BEFORE_WARRANTS_NOUN.contains(tokens.get(k - 1).norm());
            }
            if (Segments.endsClause(t) && !t.isPunct(',') || MODALS.contains(t.norm())) {
                return false;
            }
        }
        return false;
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
        return t.isWord() && (t.in(WordClasses.LISTED_ADVERB) || (w.length() > 4 && w.endsWith("ly")));
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
