package cspec.procurement.tender;

import cspec.core.syntax.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence of a tender is: an obligation (with the modality its verb gives), a question to
 * bidders, a definition, or other text.
 *
 * <p>An obligation is stated by a verb in the sentence's main clause: shall, must, will, should,
 * may, or a phrase that binds as they do ("agrees to", "is to", "is responsible for", "accepts
 * responsibility", "is required to", "has the right to", "reserves the right", "grants ...
 * licence"). A verb in a subordinate clause ("if the Customer shall ...", "which may affect") does
 * not count; {@link MainClause} decides. Verbs that state an effect nobody performs ("shall be
 * governed by", "shall survive", "shall not be liable") are not obligations. When a sentence has
 * several, the strongest decides: a sentence that permits one thing and obliges another is an
 * obligation.
 */
public final class SentenceKinds {
    public enum Kind { OBLIGATION, QUESTION, DEFINITION, OTHER }

    /** The reading: modality for an obligation or question, term and meaning for a definition. */
    public record Reading(Kind kind, Modality modality, String term, String meaning) {
        static Reading other() {
            return new Reading(Kind.OTHER, null, null, null);
        }
    }

    private static final Pattern DEFINITION = Pattern.compile(
            "^(?:(?:for (?:the )?purposes? of this \\w+|as used (?:herein|in this \\w+)),\\s*)?(?:the term\\s+)?"
                    + "[\"\u201c]([^\"\u201d]{1,80})[\"\u201d]\\s+(?:shall\\s+)?(?:means?|shall have the meaning|refers to|has the meaning)\\b\\s*(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> ASKING_VERBS = Set.of("describe", "provide", "outline", "explain", "detail", "list",
            "indicate", "specify", "confirm", "state", "demonstrate", "submit", "identify", "attach", "propose",
            "summarize", "summarise", "discuss", "give", "include", "document", "tell");
    /** What follows an asking verb in a question ("Describe your ...", "State whether ..."), so "State law governs" is not one. */
    private static final Set<String> ASKED_OBJECTS = Set.of("your", "a", "an", "the", "how", "what", "which", "whether",
            "any", "all", "details", "evidence", "information", "examples", "references", "copies", "at", "in", "up", "one",
            "two", "three", "specific", "proof", "documentation", "written", "their", "its", "why", "when", "where", "who");
    private static final Set<String> BIDDER_WORDS = Set.of("bidder", "bidders", "respondent", "respondents", "proposer",
            "proposers", "offeror", "offerors", "tenderer", "tenderers", "applicant", "applicants", "proposal", "proposals",
            "response", "responses", "bid", "bids", "submission", "submissions");
    /** What follows a modal when it states an effect that no party performs. */
    private static final Pattern EFFECT = Pattern.compile(
            "(?:shall|will|must)\\s+(?:not\\s+)?(?:be\\s+)?(?:effective|governed|interpreted|construed|deemed|subject to|void|"
                    + "null|binding|survive|continue|renew|remain|apply|inure|bind|mean|constitute|supersede|suspend|"
                    + "nullify|prevail|take effect|commence|terminate automatically|expire)\\b"
                    + "|(?:shall|will)\\s+not\\s+be\\s+(?:liable|liability|responsible|required|obligated|obliged)\\b"
                    + "|(?:shall|will)\\s+in no event\\b|(?:is|are)\\s+(?:only\\s+)?to\\s+be\\s+(?:construed|interpreted|deemed|read)\\b"
                    + "|\\bno\\s+\\w+\\s+(?:shall|will)\\s+be\\s+required\\b|\\bin no event (?:shall|will)\\b",
            Pattern.CASE_INSENSITIVE);

    private SentenceKinds() {
    }

    public static Reading read(String sentence, boolean willMeansMust) {
        String text = sentence.strip();
        Matcher definition = DEFINITION.matcher(text);
        if (definition.find() && !definition.group(2).isBlank()) {
            return new Reading(Kind.DEFINITION, null, definition.group(1).strip(), definition.group(2).strip());
        }
        List<Words.Word> words = Words.of(text);
        if (words.isEmpty() || text.regionMatches(true, 0, "example", 0, 7) || text.regionMatches(true, 0, "whereas", 0, 7)) {
            return Reading.other();
        }
        if (isQuestion(text, words)) {
            return new Reading(Kind.QUESTION, Modality.QUESTION, null, null);
        }
        Optional<Modality> modality = obligation(text, words, willMeansMust);
        return modality.map(m -> new Reading(Kind.OBLIGATION, m, null, null)).orElseGet(Reading::other);
    }

    /** "Describe your onboarding process." or "The Respondent shall describe ...", or a question mark. */
    private static boolean isQuestion(String text, List<Words.Word> words) {
        if (text.endsWith("?")) {
            return true;
        }
        if (ASKING_VERBS.contains(words.get(0).lower()) && words.size() > 2 && ASKED_OBJECTS.contains(words.get(1).lower())) {
            return true;
        }
        for (int i = 0; i + 2 < words.size() && i < 6; i++) {
            if (BIDDER_WORDS.contains(words.get(i).lower()) && Set.of("shall", "must", "should", "will", "may").contains(words.get(i + 1).lower())
                    && ASKING_VERBS.contains(words.get(i + 2).lower())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Modality> obligation(String text, List<Words.Word> words, boolean willMeansMust) {
        List<Modality> found = new ArrayList<>();
        int[] pieces = MainClause.pieces(text, words);
        for (int i = 0; i < words.size(); i++) {
            Optional<Modality> trigger = Triggers.at(text, words, i, willMeansMust);
            if (trigger.isEmpty() || !MainClause.holds(text, words, pieces, i) || effect(text, words.get(i))) {
                continue;
            }
            found.add(trigger.get());
        }
        return found.stream().min((a, b) -> Integer.compare(strength(a), strength(b)));
    }

    private static boolean effect(String text, Words.Word trigger) {
        int from = Math.max(0, trigger.start() - 20);
        Matcher m = EFFECT.matcher(text.substring(from, Math.min(text.length(), trigger.end() + 40)).toLowerCase(Locale.ROOT));
        while (m.find()) {
            int at = from + m.start();
            if (at <= trigger.start() + 1 && from + m.end() > trigger.start()) {
                return true;
            }
        }
        return false;
    }

    /** Lower is stronger: an obligation outranks a dated commitment, an option, a recommendation and a permission. */
    private static int strength(Modality m) {
        return switch (m) {
            case MUST -> 0;
            case WILL -> 1;
            case SHOULD -> 2;
            case OPTION -> 3;
            case MAY -> 4;
            case QUESTION -> 5;
        };
    }
}
