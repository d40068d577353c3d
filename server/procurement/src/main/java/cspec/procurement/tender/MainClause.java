package cspec.procurement.tender;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word stands in its sentence's main clause, approximated without a parser: the clause
 * piece around it (text between commas, semicolons, colons, brackets and dashes) must not open
 * with a conditional or relative word before it, it must not report what a party states ("warrants
 * that it will"), and it must not be a condition ("should it be destroyed").
 */
final class MainClause {
    private static final Pattern BREAK = Pattern.compile("[,;:()\\[\\]\u2014\u2013]|\\s-\\s");
    private static final Set<String> SUBORDINATORS = Set.of("if", "unless", "when", "whenever", "where", "wherever",
            "whereas", "until", "while", "whilst", "once", "because", "since", "although", "though", "whether", "lest",
            "whereby", "wherein", "whereupon");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");
    private static final Set<String> PROMISING = Set.of("agree", "agrees", "agreed", "covenant", "covenants", "ensure",
            "ensures", "undertake", "undertakes", "procure", "procures");
    private static final Set<String> STATING = Set.of("acknowledge", "acknowledges", "understand", "understands",
            "represent", "represents", "warrant", "warrants", "confirm", "confirms", "certify", "certifies", "believe",
            "believes", "recognise", "recognises", "recognize", "recognizes", "note", "notes", "declare", "declares",
            "expect", "expects", "intend", "intends", "anticipate", "anticipates", "guarantee", "guarantees");
    private static final Set<String> SUBJECT_STARTS = Set.of("the", "any", "a", "an", "such", "either", "it", "there",
            "this", "that", "he", "she", "they", "we", "you");

    private MainClause() {
    }

    /** How far back from a modal the clause tests look: a clause that decides it is never longer. */
    private static final int REACH = 60;

    /** The clause pieces of one sentence, found once: for each word, the first word of its piece. */
    static int[] pieces(String text, List<Words.Word> words) {
        int[] starts = new int[words.size()];
        for (int i = 1; i < words.size(); i++) {
            boolean breaks = BREAK.matcher(text.substring(words.get(i - 1).end(), words.get(i).start())).find();
            starts[i] = breaks ? i : starts[i - 1];
        }
        return starts;
    }

    static boolean holds(String text, List<Words.Word> words, int[] pieces, int at) {
        int start = Math.max(pieceStart(pieces, at), at - REACH);
        return !subordinate(words, start, at) && !reported(text, words, at) && !condition(text, words, start, at);
    }

    /** The first word of the clause piece holding word at; a short aside (", if applicable,") does not start one. */
    private static int pieceStart(int[] pieces, int at) {
        int start = pieces[at];
        if (start == at && start > 0) {
            int previous = pieces[start - 1];
            if (start - previous <= 3 && previous > 0) {
                return pieces[previous - 1];
            }
            if (start - previous <= 3) {
                return 0;
            }
        }
        return start;
    }

    private static boolean subordinate(List<Words.Word> words, int start, int at) {
        for (int k = start; k < at; k++) {
            String w = words.get(k).lower();
            String previous = Words.lower(words, k - 1);
            String next = Words.lower(words, k + 1);
            if (SUBORDINATORS.contains(w)) {
                return true;
            }
            if (w.equals("event") && previous.equals("the") || w.equals("case") && previous.equals("in")
                    || w.equals("extent") && previous.equals("the") || w.equals("that") && (previous.equals("so")
                    || previous.equals("provided"))) {
                return true;
            }
            if (w.equals("as") && at - k <= 4 && !previous.equals("such") && !previous.equals("well") && !next.equals("well")) {
                return true;
            }
            if (RELATIVES.contains(w) && at - k <= 3) {
                return true;
            }
            if (w.equals("that") && at - k <= 3 && !PROMISING.contains(previous)) {
                return true;
            }
        }
        return false;
    }

    /** "eGain represents and warrants to Customer that (i) the Software will perform": a statement, not a promise to act. */
    private static boolean reported(String text, List<Words.Word> words, int at) {
        for (int k = at - 1; k > 0 && k >= at - REACH; k--) {
            if (text.substring(words.get(k).end(), words.get(k + 1).start()).contains(";")) {
                return false;
            }
            if (words.get(k).lower().equals("that")) {
                for (int v = Math.max(0, k - 3); v < k; v++) {
                    if (STATING.contains(words.get(v).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Should Microsoft exercise ..." or "..., should it be destroyed": a condition, not an obligation. */
    private static boolean condition(String text, List<Words.Word> words, int start, int at) {
        String w = words.get(at).lower();
        if (at != start || at + 1 >= words.size() || !(w.equals("should") || w.equals("shall"))) {
            return false;
        }
        boolean sentenceStart = text.substring(0, words.get(at).start()).strip().isEmpty();
        if (!sentenceStart && !w.equals("should")) {
            return false;
        }
        Words.Word next = words.get(at + 1);
        return SUBJECT_STARTS.contains(next.lower()) || Character.isUpperCase(next.text().charAt(0))
                && !next.text().equals(next.text().toUpperCase(java.util.Locale.ROOT));
    }
}
