package cspec.accuracy.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence states an obligation, and how strong it is, from its modal verb.
 *
 * <p>The obligation words are shall, must, will, should, may, "agree(s) to" and "is/are required
 * to". The first of them that stands in the sentence's main clause decides; one in a subordinate
 * clause does not count. Without a parser, "main clause" is approximated on the words between the
 * modal and the start of its clause piece (text between commas, semicolons, colons, brackets and
 * dashes). The modal is subordinate when that piece has, before it:
 * <ul>
 * <li>a conditional or temporal word: if, unless, when, whenever, where, whereas, until, while,
 *     once, because, since, although, though, whether, "in the event", "in case", "to the
 *     extent", "provided that", "so that";</li>
 * <li>"as" up to four words before it ("as the Client may request", "as may be required", "as the
 *     case may be"), except "such as" and "as well as";</li>
 * <li>a relative word up to three words before it: which, who, whom, whose, or a "that" not
 *     following a verb of agreeing or stating ("agrees that it will" is an obligation; "the reports
 *     that Datec will provide" is not).</li>
 * </ul>
 * A modal after "that" following a verb of stating (acknowledges, represents, recognizes,
 * understands, ...), with no semicolon between, reports a fact, not a promise. A sentence-initial
 * "Should X ..." (or "..., should X ...") is a condition. "May" next to a
 * figure is the month; "will" after at, good, free or the is the noun. A sentence starting
 * "WHEREAS" is a recital and states no obligation.
 *
 * <p>Strength: shall, must, will, "agree(s) to" and "required to" are mandatory; should is
 * expected; may is permitted. A negated modal ("shall not", "may not") and "may" after neither,
 * no, nor, "in no event" or "under no circumstances" forbid, so they are mandatory ("may not"
 * forbids; it grants nothing), except "should not", which stays expected.
 */
public final class Obligations {
    public enum Strength { MANDATORY, EXPECTED, PERMITTED }

    /** The obligation a sentence states: its strength and the verb that states it, as written. */
    public record Obligation(Strength strength, String verb, int at) {
    }

    private record Word(String text, String lower, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019\\-]*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]\u2014\u2013]|\\s-\\s");
    private static final Set<String> MODALS = Set.of("shall", "must", "will", "should", "may");
    private static final Set<String> SUBORDINATORS = Set.of(
            "if", "unless", "when", "whenever", "where", "wherever", "whereas", "until", "while", "whilst", "once",
            "because", "since", "although", "though", "whether", "lest", "whereby", "wherein", "whereupon");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");
    /** Verbs whose "that" clause is what the party promises: "agrees that it will ...". */
    private static final Set<String> PROMISING_VERBS = Set.of(
            "agree", "agrees", "agreed", "covenant", "covenants", "ensure", "ensures", "warrant", "warrants",
            "undertake", "undertakes", "procure", "procures", "agreeing");
    /** Verbs whose "that" clause reports a fact or a view, not a promise: "acknowledges that failure to pay will result in". */
    private static final Set<String> STATING_VERBS = Set.of(
            "acknowledge", "acknowledges", "acknowledged", "understand", "understands", "understood", "represent",
            "represents", "confirm", "confirms", "certify", "certifies", "believe", "believes", "recognise",
            "recognises", "recognize", "recognizes", "note", "notes", "state", "states", "declare", "declares",
            "record", "records", "expect", "expects", "intend", "intends", "anticipate", "anticipates", "know",
            "knows", "aware", "determine", "determines", "determined", "recital", "recitals");
    private static final Set<String> WILL_AS_NOUN = Set.of("at", "good", "free", "the", "his", "her", "a", "their", "ill", "last");
    private static final Set<String> FORBIDDING_OPENERS = Set.of("neither", "no", "nor");
    private static final Set<String> CONDITION_SUBJECT_STARTS = Set.of(
            "the", "any", "a", "an", "such", "either", "it", "there", "this", "that", "he", "she", "they", "we", "you");

    private Obligations() {
    }

    public static Optional<Obligation> read(String sentence) {
        if (sentence.strip().toLowerCase(Locale.ROOT).startsWith("whereas")) {
            return Optional.empty();
        }
        List<Word> words = words(sentence);
        int pieceStart = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && CLAUSE_BREAK.matcher(sentence.substring(words.get(i - 1).end(), words.get(i).start())).find()) {
                pieceStart = i;
            }
            Optional<String> verb = obligationVerb(sentence, words, i);
            if (verb.isEmpty() || subordinate(words, pieceStart, i) || reported(sentence, words, i)
                    || condition(sentence, words, pieceStart, i)) {
                continue;
            }
            return Optional.of(new Obligation(strength(words, i), verb.get(), words.get(i).start()));
        }
        return Optional.empty();
    }

    private static List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new Word(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return words;
    }

    /** The obligation words starting at word i, as written, if word i starts one. */
    private static Optional<String> obligationVerb(String sentence, List<Word> words, int i) {
        Word w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
        String previous = i > 0 ? words.get(i - 1).lower() : "";
        if (MODALS.contains(w.lower())) {
            if (w.lower().equals("may") && isMonth(sentence, w)) {
                return Optional.empty();
            }
            if (w.lower().equals("will") && WILL_AS_NOUN.contains(previous)) {
                return Optional.empty();
            }
            return Optional.of(w.text());
        }
        if ((w.lower().equals("agree") || w.lower().equals("agrees")) && next.equals("to")) {
            return Optional.of(w.text() + " " + words.get(i + 1).text());
        }
        if (w.lower().equals("required") && next.equals("to") && (previous.equals("is") || previous.equals("are"))) {
            return Optional.of(words.get(i - 1).text() + " " + w.text() + " " + words.get(i + 1).text());
        }
        return Optional.empty();
    }

    private static boolean isMonth(String sentence, Word w) {
        if (!w.text().equals("May")) {
            return false;
        }
        int after = ClauseLabel.skipSpaces(sentence, w.end());
        int before = w.start() - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        return (after < sentence.length() && Character.isDigit(sentence.charAt(after)))
                || (before >= 0 && Character.isDigit(sentence.charAt(before)));
    }

    private static boolean subordinate(List<Word> words, int pieceStart, int modal) {
        for (int k = pieceStart; k < modal; k++) {
            String w = words.get(k).lower();
            String next = k + 1 < words.size() ? words.get(k + 1).lower() : "";
            String previous = k > 0 ? words.get(k - 1).lower() : "";
            if (SUBORDINATORS.contains(w)) {
                return true;
            }
            if ((w.equals("event") && previous.equals("the")) || (w.equals("case") && previous.equals("in"))
                    || (w.equals("extent") && previous.equals("the")) || (w.equals("that") && (previous.equals("so")
                    || previous.equals("provided")))) {
                return true;
            }
            if (w.equals("as") && modal - k <= 4 && !previous.equals("such") && !previous.equals("well") && !next.equals("well")) {
                return true;
            }
            if (RELATIVES.contains(w) && modal - k <= 3) {
                return true;
            }
            if (w.equals("that") && modal - k <= 3 && !PROMISING_VERBS.contains(previous)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A modal in what a party states rather than promises: "Consultant recognizes that the Company
     * has received, and in the future will receive, ...". The "that" clause runs on past commas,
     * up to a semicolon.
     */
    private static boolean reported(String sentence, List<Word> words, int modal) {
        for (int k = modal - 1; k > 0; k--) {
            if (sentence.substring(words.get(k).end(), words.get(k + 1).start()).contains(";")) {
                return false;
            }
            if (words.get(k).lower().equals("that") && STATING_VERBS.contains(words.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Should Microsoft exercise ..., then": a modal opening its clause piece before its subject is a condition. */
    private static boolean condition(String sentence, List<Word> words, int pieceStart, int modal) {
        if (modal != pieceStart || modal + 1 >= words.size()) {
            return false;
        }
        Word w = words.get(modal);
        if (!w.lower().equals("should") && !w.lower().equals("shall")) {
            return false;
        }
        Word next = words.get(modal + 1);
        boolean sentenceStart = sentence.substring(0, w.start()).strip().isEmpty();
        if (!sentenceStart && !w.lower().equals("should")) {
            return false;
        }
        return CONDITION_SUBJECT_STARTS.contains(next.lower()) || Character.isUpperCase(next.text().charAt(0))
                && !next.text().equals(next.text().toUpperCase(Locale.ROOT));
    }

    private static Strength strength(List<Word> words, int modal) {
        String verb = words.get(modal).lower();
        boolean negated = modal + 1 < words.size() && words.get(modal + 1).lower().equals("not");
        if (verb.equals("should")) {
            return Strength.EXPECTED;
        }
        if (verb.equals("may")) {
            return negated || forbiddingOpener(words, modal) ? Strength.MANDATORY : Strength.PERMITTED;
        }
        return Strength.MANDATORY;
    }

    private static boolean forbiddingOpener(List<Word> words, int modal) {
        for (int k = 0; k < modal; k++) {
            String w = words.get(k).lower();
            String next = k + 1 < words.size() ? words.get(k + 1).lower() : "";
            if (FORBIDDING_OPENERS.contains(w) && (k == 0 || modal - k <= 3)) {
                return true;
            }
            if ((w.equals("in") || w.equals("under")) && next.equals("no")) {
                return true;
            }
        }
        return false;
    }
}
