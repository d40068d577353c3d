package cspec.core.wording;

import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Modality;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two requirement lines that bind nobody although they are declared as requirements, found on
 * the words of the line alone:
 *
 * <ul>
 *   <li>{@code instruction-to-bidder}: an instruction to the bidder ("Describe your onboarding
 *   process.", "Explain how you will ..."), answered in the bid, not performed under the
 *   contract. The fix (on request) declares it a {@code question}.</li>
 *   <li>{@code verbless-requirement}: a line with no verb at all ("Triage of all alarms generated
 *   within the SIEM."), which says what but not who must do it. The fix (on request, never part of
 *   fix-all, since it adds an obligation the text did not state) writes it with the provider as
 *   subject: "The Provider must ensure the triage of all alarms ...".</li>
 * </ul>
 */
final class RequirementShape {
    /** Verbs that open an instruction to a bidder. */
    private static final Set<String> INSTRUCTIONS = Set.of("describe", "explain", "outline", "detail", "list",
            "summarise", "summarize", "state", "specify", "indicate", "confirm", "demonstrate", "submit", "identify",
            "propose", "provide", "give", "include", "attach", "present", "tell", "show", "set");
    /** Words right after such a verb that make it a question to the bidder: "Describe your ...", "Explain how ...". */
    private static final Set<String> TO_BIDDER = Set.of("your", "you", "how", "what", "whether", "why", "which", "when",
            "where", "who", "the bidder's", "the tenderer's", "the respondent's", "any", "examples", "details", "a",
            "an");
    /** Words that are (or start) a finite verb group. */
    private static final Set<String> FINITE = Set.of("must", "shall", "should", "may", "can", "might", "could", "will",
            "would", "cannot", "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did",
            "agrees", "agree", "undertakes", "undertake", "means", "includes", "covers", "requires", "provides",
            "ensures", "applies");
    /** Endings of nouns made from verbs: "triage of", "management of", "provision of". */
    private static final Set<String> NOUN_ENDINGS = Set.of("tion", "sion", "ment", "ance", "ence", "ing", "age", "sis",
            "ure", "al", "ery", "ity");

    private RequirementShape() {
    }

    /** The finding for a requirement's prose, or null when its shape is an obligation's. */
    static Finding check(String text, int base, Modality declared, Span declaredAt, String obligor) {
        if (!declared.obliges()) {
            return null;
        }
        // Most requirements have a finite verb in their first words ("The Provider must ..."), so the
        // tokens are read only as far as the first three words and then the first finite word.
        Tokenizer.Cursor cursor = new Tokenizer.Cursor(text);
        List<Token> words = new ArrayList<>();
        boolean finite = false;
        for (Token t; words.size() < 3 && (t = cursor.next()) != null; ) {
            finite |= FINITE.contains(t.norm());
            if (t.kind() != Token.Kind.PUNCT) {
                words.add(t);
            }
        }
        if (words.size() < 2) {
            return null; // fewer than three words were read only when the text has no more
        }
        Token first = words.get(0);
        Token second = words.get(1);
        boolean toBidder = INSTRUCTIONS.contains(first.norm()) && first.startsUpperCase()
                && (TO_BIDDER.contains(second.norm()) || second.norm().equals("the") && words.size() > 2
                        && (words.get(2).norm().startsWith("bidder") || words.get(2).norm().startsWith("tenderer")
                                || words.get(2).norm().startsWith("respondent")));
        if (!toBidder) {
            for (Token t; !finite && (t = cursor.next()) != null; ) {
                finite = FINITE.contains(t.norm());
            }
            if (finite) {
                return null;
            }
        }
        List<Token> tokens = cursor.all();
        words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.PUNCT) {
                words.add(t);
            }
        }
        if (toBidder && mentionsBidder(tokens)) {
            Span span = new Span(base + first.start(), base + first.end());
            List<Fix> fixes = new ArrayList<>();
            if (declaredAt != null) {
                fixes.add(Fix.onRequest("Declare it a `question`", new TextEdit(declaredAt, "question")));
            }
            return new Finding(Rule.INSTRUCTION_TO_BIDDER, span, "`" + first.text() + " ...` asks the bidder to answer in"
                    + " the bid; it obliges nobody under the contract. Declare it a `question` (scored by its weight), or"
                    + " write the obligation the answer should become.", fixes, List.of());
        }
        for (Token t : tokens) {
            if (FINITE.contains(t.norm())) {
                return null;
            }
        }
        if (!nominal(words)) {
            return null;
        }
        Span span = new Span(base + first.start(), base + words.get(words.size() - 1).end());
        String keyword = declared == Modality.OPTION ? "must" : declared.keyword();
        String rewrite = "The " + obligor + " " + keyword + " ensure the " + Character.toLowerCase(first.text().charAt(0))
                + text.substring(first.start() + 1, words.get(words.size() - 1).end()).strip();
        Fix fix = Fix.onRequest("Write `" + ProseTokens.oneLine(shorten(rewrite)) + "` (adds an obligation: check it)",
                new TextEdit(new Span(base + first.start(), base + words.get(words.size() - 1).end()), rewrite));
        return new Finding(Rule.VERBLESS_REQUIREMENT, span, "This requirement has no verb, so it binds nobody: say who"
                + " must do what, as in `The " + obligor + " " + keyword + " ...`.", List.of(fix), List.of());
    }

    /** The line is about the bidder's answer: it addresses "you"/"your" or opens with a question word. */
    private static boolean mentionsBidder(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is("your") || t.is("you") || t.is("how") || t.is("whether") || t.is("bidder") || t.is("bidder's")
                    || t.is("tenderer") || t.is("respondent") || t.is("proposed") || t.is("approach") || t.is("examples")) {
                return true;
            }
        }
        return false;
    }

    /** "Triage of all alarms", "Management of the SIEM", "24/7 monitoring of endpoints": a noun phrase, no clause. */
    private static boolean nominal(List<Token> words) {
        for (int k = 0; k + 1 < Math.min(words.size(), 4); k++) {
            Token w = words.get(k);
            if (words.get(k + 1).is("of") && w.isWord() && (k == 0 || !w.startsUpperCase() || k == 0)) {
                String norm = w.norm();
                return k == 0 || NOUN_ENDINGS.stream().anyMatch(norm::endsWith);
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
