package cspec.core.wording;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Sentences and clauses over a token list, computed in one pass. A sentence ends at '.', '!',
 * '?' or ';' (a '.' after an abbreviation such as "Ltd." or "e.g." does not count) and at a blank
 * line; a clause also ends at ',', ':' and brackets. Also records which numbers bound a quantity:
 * "within 4 hours" and "at least three" do, "ISO 27001" and "Schedule 2" do not.
 */
final class Segments {
    static final Set<String> ABBREVIATIONS = Set.of("ltd", "inc", "co", "corp", "no", "vs", "mr", "ms", "dr",
            "st", "cl", "sec", "art", "para");
    static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "ninety", "hundred", "thousand", "once", "twice", "half", "zero");
    /** Words that introduce a bound when capitalised at a sentence start ("Within 4 hours"). */
    static final Set<String> BOUND_WORDS = Set.of("within", "every", "at", "least", "most", "than", "after",
            "before", "up", "to", "of", "for", "per", "under", "over", "no", "not", "each", "by", "in", "all");

    final int[] sentence;
    final int[] clause;
    final boolean[] quantity;
    /** Per clause: does it hold "than" or a quantity (a comparative there has a baseline)? */
    final boolean[] clauseBaseline;
    private final List<Token> tokens;

    Segments(String text, List<Token> tokens) {
        this.tokens = tokens;
        int n = tokens.size();
        sentence = new int[n];
        clause = new int[n];
        quantity = new boolean[n];
        int s = 0;
        int c = 0;
        boolean baseline = false;
        boolean[] baselines = new boolean[2 * n + 2];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > 0 && paragraphBreak(text, tokens.get(i - 1).end(), t.start())) {
                baselines[c] = baseline;
                baseline = false;
                s++;
                c++;
            }
            sentence[i] = s;
            clause[i] = c;
            quantity[i] = isQuantity(i);
            baseline |= quantity[i] || t.is("than");
            boolean sentenceEnds = endsSentence(i);
            if (sentenceEnds || endsClause(t)) {
                baselines[c] = baseline;
                baseline = false;
                c++;
            }
            if (sentenceEnds) {
                s++;
            }
        }
        baselines[c] = baseline;
        clauseBaseline = Arrays.copyOf(baselines, c + 1);
    }

    /** "three", "twenty", "hundred": a number written as a word. */
    static boolean isNumberWord(String lowerCase) {
        return NUMBER_WORDS.contains(lowerCase);
    }

    int size() {
        return tokens.size();
    }

    private boolean endsSentence(int i) {
        Token t = tokens.get(i);
        if (t.isPunct('!') || t.isPunct('?') || t.isPunct(';')) {
            return true;
        }
        return t.isPunct('.') && !(i > 0 && tokens.get(i - 1).in(WordClasses.ABBREVIATION));
    }

    static boolean endsClause(Token t) {
        return t.isPunct(',') || t.isPunct(':') || t.isPunct('(') || t.isPunct(')') || t.isPunct('.')
                || t.isPunct(';') || t.isPunct('!') || t.isPunct('?');
    }

    /**
     * True when a blank line lies between two tokens. Comment lines inside prose reach the engine
     * filled with NUL characters (see {@link WordingEngine#MASK}), so they are not blank.
     */
    private static boolean paragraphBreak(String text, int from, int to) {
        boolean afterNewline = false;
        boolean blank = false;
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch == '\n') {
                if (afterNewline && blank) {
                    return true;
                }
                afterNewline = true;
                blank = true;
            } else if (!Character.isWhitespace(ch)) {
                blank = false;
            }
        }
        return false;
    }

    private boolean isQuantity(int i) {
        Token t = tokens.get(i);
        boolean number = t.kind() == Token.Kind.NUMBER || t.in(WordClasses.NUMBER_WORD);
        if (!number || i == 0) {
            return number;
        }
        Token before = tokens.get(i - 1);
        // "ISO 27001", "SOC 2", "Schedule 4": a number that names something, not an amount.
        return !(before.isWord() && before.startsUpperCase() && !before.in(WordClasses.BOUND_WORD));
    }
}
