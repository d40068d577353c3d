package cspec.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text cut into sentences of words. A sentence ends at '.', '!' or '?' before a space or the end
 * (not after an abbreviation, an initial or inside a number) and at a blank line; a list inside
 * it stays in its lead-in's sentence, since its items continue the lead-in. Offsets are indices
 * into the text given.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "inc", "ltd", "co", "corp", "no", "nos", "sec",
            "art", "para", "vs", "mr", "ms", "mrs", "dr", "st", "u.s", "etc", "approx", "min", "mins", "hr", "hrs");

    /**
     * A word (letters, digits and inner apostrophes; a hyphen splits) with its offsets, and the
     * kinds the content readings look for ({@link WordKinds}), told once here.
     */
    public record Word(int start, int end, String text, String lower, int kinds) {
        public Word(int start, int end, String text, String lower) {
            this(start, end, text, lower, WordKinds.of(lower));
        }

        public boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }

        boolean is(int kind) {
            return (kinds & kind) != 0;
        }
    }

    /** A sentence: its offsets, its words in order, and the union of their kinds. */
    public record Sentence(int start, int end, List<Word> words, int kinds) {
        public Sentence {
            words = List.copyOf(words);
        }

        public Sentence(int start, int end, List<Word> words) {
            this(start, end, words, WordKinds.union(words));
        }

        /** Whether a word of one of these kinds is in the sentence. */
        boolean holds(int kind) {
            return (kinds & kind) != 0;
        }

        public boolean has(String lowerWord) {
            for (Word w : words) {
                if (w.lower().equals(lowerWord)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Sentences() {
    }

    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                String w = text.substring(i, end).replace('\u2019', '\'');
                words.add(new Word(i, end, w, w.toLowerCase(Locale.ROOT)));
                if (start < 0) {
                    start = i;
                }
                i = end;
                continue;
            }
            if (c == '\n' && blankLineFollows(text, i) && start >= 0) {
                sentences.add(new Sentence(start, i, words));
                words = new ArrayList<>();
                start = -1;
            } else if ((c == '.' || c == '!' || c == '?') && start >= 0 && endsSentence(text, i, words)) {
                sentences.add(new Sentence(start, i + 1, words));
                words = new ArrayList<>();
                start = -1;
            } else if (start < 0 && !Character.isWhitespace(c)) {
                start = i;
            }
            i++;
        }
        if (start >= 0 && !words.isEmpty()) {
            sentences.add(new Sentence(start, n, words));
        }
        return sentences;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean inner = (c == '\'' || c == '\u2019' || c == '.' || c == ',') && i + 1 < text.length()
                    && i > from && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (c == '\'' || c == '\u2019' ? Character.isLetter(text.charAt(i - 1))
                            : Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
            if (Character.isLetterOrDigit(c) || inner) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean blankLineFollows(String text, int newline) {
        for (int k = newline + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int at, List<Word> words) {
        if (at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
            return false;
        }
        if (words.isEmpty() || text.charAt(at) != '.') {
            return true;
        }
        Word last = words.get(words.size() - 1);
        if (last.end() != at) {
            return true;
        }
        if (ABBREVIATIONS.contains(last.lower())) {
            return false;
        }
        if (at >= 3 && text.charAt(at - 2) == '.' && Character.isLetter(text.charAt(at - 3))) {
            return false; // e.g. / i.e. / U.S.
        }
        // An initial ("J. Smith"), a clause number ("Section 4."), and "e.g." split in two are not ends.
        return !(last.text().length() == 1 && Character.isUpperCase(last.text().charAt(0)));
    }
}
