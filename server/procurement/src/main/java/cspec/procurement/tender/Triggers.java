package cspec.procurement.tender;

import cspec.core.syntax.Modality;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words that state an obligation, and the modality each gives: shall and must bind, will binds
 * under "will means must" (else it is a dated commitment), should recommends, may permits ("may
 * not" and "may be ... only" forbid, "may be required to" is an option the client may call on).
 * Phrases count as their modal: "agrees to", "is to", "is responsible for", "accepts
 * responsibility", "is required to" bind; "has the right to", "reserves the right", "is permitted
 * to", "grants ... licence" permit.
 */
final class Triggers {
    private static final Set<String> WILL_AS_NOUN = Set.of("at", "good", "free", "the", "his", "her", "a", "their", "ill",
            "last", "its", "own");
    private static final Set<String> NOT_A_VERB_AFTER_TO = Set.of("the", "a", "an", "this", "that", "such", "its",
            "their", "his", "her", "all", "any", "each", "which", "whom");
    private static final Set<String> NEGATIVE_OPENERS = Set.of("no", "neither", "nor");

    private Triggers() {
    }

    static Optional<Modality> at(String text, List<Words.Word> words, int i, boolean willMeansMust) {
        String w = Words.lower(words, i);
        String next = Words.lower(words, i + 1);
        String after = Words.lower(words, i + 2);
        return switch (w) {
            case "shall" -> Optional.of(next.equals("be") && (after.equals("permitted") || after.equals("entitled"))
                    ? Modality.MAY : Modality.MUST);
            case "must" -> Optional.of(Modality.MUST);
            // "should have known" looks back at what was reasonable; it obliges nobody.
            case "should" -> next.equals("have") ? Optional.empty() : Optional.of(Modality.SHOULD);
            case "will" -> will(words, i, willMeansMust);
            case "may" -> may(text, words, i);
            case "agree", "agrees", "agreed" -> agree(text, words, i);
            case "is", "are" -> is(text, words, i);
            case "accept", "accepts" -> next.equals("responsibility") || next.equals("the") && after.equals("responsibility")
                    ? Optional.of(Modality.MUST) : Optional.empty();
            case "reserve", "reserves" -> next.equals("the") && after.equals("right") ? Optional.of(Modality.MAY) : Optional.empty();
            case "has", "have" -> next.equals("the") && after.equals("right") && Words.lower(words, i + 3).equals("to")
                    && !Words.lower(words, i - 1).equals("will") ? Optional.of(Modality.MAY) : Optional.empty();
            case "grant", "grants" -> grantsARight(words, i) ? Optional.of(Modality.MAY) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Modality> will(List<Words.Word> words, int i, boolean willMeansMust) {
        if (WILL_AS_NOUN.contains(Words.lower(words, i - 1))) {
            return Optional.empty();
        }
        if (Words.lower(words, i + 1).equals("have") && Words.lower(words, i + 2).equals("the")
                && Words.lower(words, i + 3).equals("right")) {
            return Optional.of(Modality.MAY);
        }
        return Optional.of(willMeansMust ? Modality.MUST : Modality.WILL);
    }

    private static Optional<Modality> may(String text, List<Words.Word> words, int i) {
        Words.Word word = words.get(i);
        if (word.text().equals("May") && i > 0 && isMonth(text, word)) {
            return Optional.empty();
        }
        String next = Words.lower(words, i + 1);
        if (next.equals("be") && Words.lower(words, i + 2).equals("required") && Words.lower(words, i + 3).equals("to")) {
            return Optional.of(Modality.OPTION);
        }
        boolean only = false;
        for (int k = i + 1; k <= i + 4 && k < words.size(); k++) {
            only |= words.get(k).lower().equals("only");
        }
        return Optional.of(next.equals("not") || only || negated(text, words, i) ? Modality.MUST : Modality.MAY);
    }

    /** "No action ... may be brought", "Neither party may", "in no event may": a prohibition. */
    static boolean negated(String text, List<Words.Word> words, int i) {
        if (NEGATIVE_OPENERS.contains(Words.lower(words, 0))) {
            return true;
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NEGATIVE_OPENERS.contains(words.get(k).lower()) || words.get(k).lower().equals("not")) {
                return true;
            }
        }
        String before = text.substring(Math.max(0, words.get(i).start() - 300), words.get(i).start()).toLowerCase(java.util.Locale.ROOT);
        return before.contains("in no event") || before.contains("under no circumstances");
    }

    private static boolean isMonth(String text, Words.Word word) {
        int after = word.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        int before = word.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return after < text.length() && Character.isDigit(text.charAt(after)) || before >= 0 && Character.isDigit(text.charAt(before));
    }

    /** "agrees to pay", "agrees, as requested, to provide", "agrees not to"; not "agrees to the terms" or "to be bound". */
    private static Optional<Modality> agree(String text, List<Words.Word> words, int i) {
        int to = i + 1;
        if (Words.lower(words, to).equals("not")) {
            to++;
        }
        if (!Words.lower(words, to).equals("to") && i + 1 < words.size()) {
            String between = text.substring(words.get(i).end(), words.get(i + 1).start());
            if (between.contains(",")) {
                for (int k = i + 1; k < Math.min(words.size(), i + 12); k++) {
                    if (words.get(k).lower().equals("to") && text.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
                        to = k;
                        break;
                    }
                }
            }
        }
        if (!Words.lower(words, to).equals("to")) {
            return Optional.empty();
        }
        String verb = Words.lower(words, to + 1);
        return verb.equals("be") || NOT_A_VERB_AFTER_TO.contains(verb) ? Optional.empty() : Optional.of(Modality.MUST);
    }

    /** "is to incur", "is only to be used", "is responsible for", "are required to", "is permitted to". */
    private static Optional<Modality> is(String text, List<Words.Word> words, int i) {
        int k = i + 1;
        if (Words.lower(words, k).equals("only") || Words.lower(words, k).equals("solely") || Words.lower(words, k).equals("also")
                || Words.lower(words, k).equals("otherwise")) {
            k++;
        }
        String next = Words.lower(words, k);
        String after = Words.lower(words, k + 1);
        if (next.equals("to") && !NOT_A_VERB_AFTER_TO.contains(after) && !after.isEmpty()) {
            return Optional.of(Modality.MUST);
        }
        if (next.equals("responsible") && (after.equals("for") || after.equals("to"))
                || next.equals("required") && after.equals("to")) {
            return Optional.of(Modality.MUST);
        }
        if (next.equals("permitted") && after.equals("to")) {
            return Optional.of(negated(text, words, i) ? Modality.MUST : Modality.MAY);
        }
        return Optional.empty();
    }

    private static boolean grantsARight(List<Words.Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 10); k++) {
            String w = words.get(k).lower();
            if (w.equals("license") || w.equals("licence") || w.equals("right") || w.equals("rights")) {
                return true;
            }
        }
        return false;
    }
}
