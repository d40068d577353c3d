package cspec.core.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of word the content readings look for, as bits. Each word is looked up once, when its
 * text is cut into sentences, and each sentence keeps the union of its words' kinds: a reading
 * that needs a kind of word skips every sentence without one, and tests a bit, not a set, for each
 * word of those it reads (issue 13: the lookups of every word in each reading's own sets were
 * about a third of contradictory-figures). The word lists stay with the readings that own them.
 */
final class WordKinds {
    /** "within" or "than": a deadline follows one of them. */
    static final int BOUND = 1;
    /** A condition, an exception or a negation ({@link Statements}). */
    static final int CONDITION = 1 << 1;
    /** A modal verb of a wish or a permission ({@link Statements}). */
    static final int SOFT = 1 << 2;
    /** Severity words ({@link Statements}). */
    static final int QUALIFIER = 1 << 3;
    /** A word whose singular is what a deadline is first about: incident, breach... ({@link Statements}). */
    static final int PRIMARY_SUBJECT = 1 << 4;
    /** A word whose singular is what a deadline is otherwise about: data, log... ({@link Statements}). */
    static final int SECONDARY_SUBJECT = 1 << 5;
    /** A word of the retain action ({@link Retention}). */
    static final int KEEP = 1 << 6;
    /** A word whose singular is a kind of data kept ({@link Retention}). */
    static final int DATA = 1 << 7;
    /** A verb that states a duty or a right ({@link Parties}). */
    static final int DUTY_MARKER = 1 << 8;

    /** The kinds told by a word's singular rather than by the word itself. */
    private static final int BY_SINGULAR = PRIMARY_SUBJECT | SECONDARY_SUBJECT | DATA;

    /** Each listed word with its kinds; for the kinds in BY_SINGULAR, the word is a singular. */
    private static final Map<String, Integer> KINDS = new HashMap<>();

    static {
        add(Set.of("within", "than"), BOUND);
        add(Statements.CONDITIONS, CONDITION);
        add(Statements.SOFT, SOFT);
        add(Statements.QUALIFIERS, QUALIFIER);
        add(Statements.PRIMARY, PRIMARY_SUBJECT);
        add(Statements.SECONDARY, SECONDARY_SUBJECT);
        add(Retention.KEEP_WORDS, KEEP);
        add(Retention.KINDS, DATA);
        add(Parties.MARKERS, DUTY_MARKER);
    }

    private WordKinds() {
    }

    private static void add(Set<String> words, int kind) {
        for (String w : words) {
            KINDS.merge(w, kind, (a, b) -> a | b);
        }
    }

    /** The kinds of a word in lower case. */
    static int of(String lower) {
        Integer own = KINDS.get(lower);
        int kinds = own == null ? 0 : own;
        // ClauseMatches.singular changes only a word ending in 's': any other word is its own singular.
        if (lower.isEmpty() || lower.charAt(lower.length() - 1) != 's') {
            return kinds;
        }
        Integer singular = KINDS.get(ClauseMatches.singular(lower));
        return kinds & ~BY_SINGULAR | (singular == null ? 0 : singular & BY_SINGULAR);
    }

    static int union(Iterable<Sentences.Word> words) {
        int kinds = 0;
        for (Sentences.Word w : words) {
            kinds |= w.kinds();
        }
        return kinds;
    }
}
