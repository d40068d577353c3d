package cspec.core.wording;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word sets that the sentence rules consult at every token, as bits of one table: a word's
 * classes are looked up once, when its token is made ({@link Token#classes()}), instead of
 * hashing and comparing the same word in each set it is tested against. The sets stay where
 * they are read as grammar ({@link Grammar}, {@link Segments}, {@link ObligationReader}); this
 * table is built from them, so the two cannot disagree.
 */
final class WordClasses {
    /** "if", "that", "which": opens a subordinate clause ({@link Grammar#SUBORDINATORS}). */
    static final int SUBORDINATOR = 1;
    /** A modal, a form of "be" or "agree"/"undertake": every word an obligation verb starts with. */
    static final int VERB_START = 1 << 1;
    /** "three", "twenty", "once": a number written as a word. */
    static final int NUMBER_WORD = 1 << 2;
    /** "within", "least", "per": a word before a number that makes the number a bound. */
    static final int BOUND_WORD = 1 << 3;
    /** "ltd", "inc", "no": a '.' after it does not end the sentence. */
    static final int ABBREVIATION = 1 << 4;
    /** "also", "not", "only": an adverb that does not end in "-ly". */
    static final int LISTED_ADVERB = 1 << 5;
    /** "neither", "no", "nor": a negative that can make a later "may" forbid. */
    static final int NEGATIVE = 1 << 6;
    /** "that", "as", "should": the words at which a condition, comparison or warranty can open ({@link Grammar#CLAUSE_CUES}). */
    static final int CLAUSE_CUE = 1 << 7;

    /** Never changed after it is built; a HashMap compares the cached hash before the string. */
    private static final Map<String, Integer> TABLE = table();

    private WordClasses() {
    }

    /** The classes of a lower-case word, as bits; 0 for a word in none of the sets. */
    static int of(String lowerCase) {
        Integer classes = TABLE.get(lowerCase);
        return classes == null ? 0 : classes;
    }

    /** Each class with the set it stands for, for the table and for the test that they agree. */
    static Map<Integer, Set<String>> sets() {
        return Map.of(
                SUBORDINATOR, Grammar.SUBORDINATORS,
                VERB_START, ObligationReader.VERB_STARTS,
                NUMBER_WORD, Segments.NUMBER_WORDS,
                BOUND_WORD, Segments.BOUND_WORDS,
                ABBREVIATION, Segments.ABBREVIATIONS,
                LISTED_ADVERB, Grammar.ADVERBS,
                NEGATIVE, ObligationReader.NEGATIVES,
                CLAUSE_CUE, Grammar.CLAUSE_CUES);
    }

    private static Map<String, Integer> table() {
        Map<String, Integer> table = new HashMap<>();
        sets().forEach((wordClass, words) -> words.forEach(w -> table.merge(w, wordClass, (a, b) -> a | b)));
        return table;
    }
}
