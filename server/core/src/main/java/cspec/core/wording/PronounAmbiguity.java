package cspec.core.wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pronoun ambiguity without a parser: a pronoun is ambiguous when more than one earlier noun
 * phrase, in its sentence or the one before, agrees with it in number and so could be its
 * antecedent. A dummy "it" ("it is agreed that", "it shall be possible to") refers to nothing
 * and is never ambiguous.
 *
 * <p>Noun phrases are found by rule: a run of content words that follows a determiner, a
 * preposition, a clause boundary or the start of a sentence, and ends before a function word,
 * a verb form or punctuation; its last word is its head, plural when it ends in a plural "s".
 * A word right after a modal, after infinitive "to" or after a subject pronoun is a verb, not a
 * noun, and so is a word in -s between a noun and an article. "It" never stands for a noun that
 * names a person. A rival must also be able to do what the pronoun's verb says ("from the time it
 * occurs": a happening or a state, not a screen), by the nouns' WordNet classes
 * ({@link NounClasses}, {@link SelectionalRestrictions}), and a word that WordNet never lists as a
 * noun is no candidate. A pronoun in a position whose antecedent English syntax settles (a fronted
 * adverbial before the subject, an item of one party's warranties, a settled phrase such as "at its
 * own expense", an as-clause right after its noun, singular "their" for one person) is not
 * ambiguous ({@link ClearAntecedents}). Nor is one whose strongest rival clearly outranks the
 * others by its position: a subject whose other rivals are only nouns inside its own
 * prepositional phrase ({@link RivalStrength}). Everything is one pass over the tokens, so the
 * time is linear in the text.
 */
public final class PronounAmbiguity {
    /**
     * An ambiguous pronoun: its offsets in the analysed text, the pronoun, the heads of the noun
     * phrases it could mean, and how close its two strongest rivals are ({@link RivalStrength}:
     * 0 when they are equally strong, more negative the more clearly the strongest wins).
     */
    public record Ambiguous(int start, int end, String pronoun, List<String> candidates, int strength) {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    static final Set<String> SINGULAR = Set.of("it", "its", "itself");
    static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
    static final Set<String> PERSONAL = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "each",
            "every", "any", "all", "some", "no", "its", "their", "his", "her", "our", "your", "my", "such", "both",
            "either", "neither", "another", "other", "several", "many", "few", "which", "whose", "what");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "from", "to",
            "into", "onto", "over", "under", "via", "through", "between", "among", "within", "without", "about",
            "against", "during", "before", "after", "upon", "across", "per", "towards", "toward", "like", "than",
            "including", "except", "beyond", "behind", "throughout", "along", "around", "since", "until", "till");
    private static final Set<String> STOPS = Set.of("and", "or", "but", "nor", "so", "yet", "if", "when", "where",
            "while", "because", "although", "though", "unless", "whether", "once", "as", "that", "which", "who", "whom",
            "there", "here", "not", "also", "then", "only", "just", "even", "very", "more", "most", "less", "least",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
            "must", "shall", "should", "may", "might", "can", "could", "will", "would", "cannot", "it", "its", "itself",
            "they", "them", "their", "theirs", "themselves", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "we", "us", "our", "you", "your", "i", "me", "my", "one", "ones", "etc", "e.g.", "i.e.", "how",
            "why", "what", "able", "order", "case", "time", "way", "same", "new", "following", "using", "used", "based",
            "such", "up", "off", "out", "down", "back", "last", "first", "next", "away", "again", "given", "made",
            "taken", "done", "shown", "seen", "known", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "eg", "ie", "vs", "non");
    /** Verbs that requirements and contracts use most, read as verbs after a noun or a relative word ("the function receives"). */
    private static final Set<String> VERBS = Set.of("provide", "receive", "identify", "interact", "route", "adjust",
            "change", "cancel", "allow", "support", "include", "contain", "generate", "process", "perform", "send",
            "store", "display", "monitor", "manage", "ensure", "enable", "produce", "govern", "hear", "ask", "arise", "bear", "explain", "outline", "detail", "summarise", "summarize", "demonstrate", "propose", "attach", "present", "accept", "transfer", "maintain",
            "create", "update", "request", "use", "track", "compare", "execute", "log", "record", "report", "enter",
            "require", "permit", "define", "determine", "notify", "inform", "deliver", "check", "verify", "apply",
            "issue", "select", "handle", "show", "indicate", "occur", "exist", "appear", "remain", "become", "need",
            "want", "wish", "attempt", "try", "fail", "return", "retrieve", "read", "write", "access", "connect",
            "activate", "register", "reject", "approve", "review", "test", "assign", "give", "take", "make", "keep",
            "set", "get", "let", "put", "run", "add", "remove", "delete", "modify", "agree", "pay", "own", "hold",
            "obtain", "consist", "describe", "specify", "reflect", "represent", "constitute", "cover", "meet",
            "continue", "start", "stop", "begin", "end", "follow", "precede", "reach", "pass", "switch", "power",
            "conform", "migrate", "operate", "proceed", "move", "call", "answer", "initiate", "terminate", "prevent",
            "protect", "secure", "encrypt", "broadcast", "submit", "distribute", "publish", "disclose");
    private static final Set<String> MODALS = Set.of("must", "shall", "should", "may", "might", "can", "could", "will",
            "would", "cannot", "to", "it", "they", "he", "she", "we", "you", "i", "also", "not", "then", "and", "or");
    /** Nouns for people, the only antecedents of he, him, his, she and her. */
    private static final Set<String> PEOPLE = Set.of("user", "users", "driver", "operator", "customer", "client",
            "administrator", "manager", "person", "employee", "officer", "agent", "librarian", "staff", "member",
            "consumer", "producer", "contributor", "requester", "applicant", "owner", "engineer", "analyst",
            "supervisor", "dispatcher", "controller", "director", "executive", "consultant", "contractor", "provider",
            "student", "teacher", "patient", "doctor", "nurse", "player", "visitor", "subscriber", "author", "editor",
            "reviewer", "caller", "passenger", "citizen", "worker", "technician", "clerk", "buyer", "seller", "actor");
    /** Adjectives and participles after "it is" that make "it" a dummy pointing forward: "it is possible to". */
    private static final Set<String> DUMMY_AFTER_BE = Set.of("possible", "impossible", "necessary", "agreed", "understood",
            "recorded", "expected", "intended", "likely", "unlikely", "important", "essential", "desirable", "required",
            "acknowledged", "noted", "clear", "evident", "known", "assumed", "anticipated", "envisaged", "recognised",
            "recognized", "accepted", "stipulated", "provided", "permitted", "prohibited", "forbidden", "advisable",
            "appropriate", "sufficient", "mandatory", "preferable", "recommended", "the", "a", "an");

    /**
     * Nouns that name a human being, whom "it" and "its" never stand for ("Once the driver has
     * accepted the call, it shall be connected"). Only words that name a person in nearly every
     * use: "operator", "manager" or "administrator" may be a company or a program, and "customer" or
     * "provider" a party, so they stay candidates.
     */
    static final Set<String> HUMANS = Set.of("user", "driver", "person", "employee", "officer", "librarian",
            "engineer", "analyst", "supervisor", "dispatcher", "technician", "clerk", "worker", "passenger", "visitor",
            "student", "teacher", "patient", "doctor", "nurse", "citizen", "leader");

    /** Adjectives after "make it", "find it", "consider it" that make that "it" a dummy: "make it possible to". */
    private static final Set<String> DUMMY_OBJECT_ADJECTIVES = Set.of("possible", "impossible", "necessary", "unnecessary",
            "easy", "easier", "difficult", "hard", "clear", "feasible", "practicable", "mandatory", "appropriate",
            "desirable", "advisable", "essential", "important", "likely", "unlikely");
    private static final Set<String> MAKE = Set.of("make", "makes", "made", "making", "find", "finds", "found",
            "consider", "considers", "considered", "deem", "deems", "deemed", "render", "renders", "rendered");

    /** Words that start a noun phrase, so a word right before them ends one: "the device alerts the driver". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "his", "her", "each", "every", "any");

    /** Articles and quantifiers that make the one word after them a noun ("each upload"); see afterDeterminer. */
    private static final Set<String> NOUN_MAKERS = Set.of("the", "a", "an", "each", "every", "any", "this", "these",
            "those", "another");

    /** Units that measure, never what a pronoun stands for: "within 10 business days". */
    private static final Set<String> MEASURES = Set.of("day", "days", "hour", "hours", "minute", "minutes", "second",
            "seconds", "week", "weeks", "month", "months", "year", "years", "percent", "per cent");

    private PronounAmbiguity() {
    }


    /** The weakest strength a finding may have and still be reported (chosen on the tuning part). */
    public static int strengthThreshold() {
        return RivalStrength.THRESHOLD;
    }

    /** Every ambiguous pronoun in a text, in text order. */
    public static List<Ambiguous> find(String text) {
        return RivalStrength.comparable(findAll(text));
    }

    /**
     * Every pronoun with two or more rival antecedents, however clearly one of them wins: what
     * {@link #find(String)} keeps only when the rivals are comparably strong. For measuring the
     * strength threshold ({@code PronounEval --strength}).
     */
    public static List<Ambiguous> findAll(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return findAll(text, tokens, new Segments(text, tokens), new boolean[tokens.size()]);
    }

    /**
     * The ambiguous pronouns over tokens already made, where party[i] marks a party's words: a
     * possessive or object pronoun in the clause of a party subject refers to that party ("The
     * Provider must keep its logs").
     */
    static List<Ambiguous> find(String text, List<Token> tokens, Segments seg, boolean[] party) {
        return RivalStrength.comparable(findAll(text, tokens, seg, party));
    }

    private static List<Ambiguous> findAll(String text, List<Token> tokens, Segments seg, boolean[] party) {
        int n = tokens.size();
        int[] headOf = new int[n];
        boolean[] plural = new boolean[n];
        boolean[] isHead = new boolean[n];
        int[] runStart = new int[n];
        markHeads(text, tokens, seg, isHead, plural, runStart);
        List<Ambiguous> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String w = t.norm();
            boolean singular = SINGULAR.contains(w);
            boolean many = PLURAL.contains(w);
            boolean person = PERSONAL.contains(w);
            if (!(singular || many || person) || singular && dummy(tokens, seg, i)) {
                continue;
            }
            int sentence = seg.sentence[i];
            if (inComparison(tokens, i)) {
                continue;
            }
            if (!person && (subjectPreferred(tokens, seg, isHead, plural, party, i, many) || partyTopic(tokens, seg, party, i, many))) {
                continue;
            }
            if (!person && (ClearAntecedents.settledPhrase(tokens, i)
                    || ClearAntecedents.cataphoric(tokens, seg, isHead, plural, runStart, party, i, many)
                    || ClearAntecedents.inCommittedList(tokens, seg, isHead, plural, runStart, party, i, many)
                    || ClearAntecedents.asClause(tokens, isHead, plural, runStart, i, many)
                    || ClearAntecedents.parallelPossessive(tokens, isHead, plural, runStart, i, many))) {
                continue;
            }
            int allowed = SelectionalRestrictions.allowed(tokens, i);
            Set<String> candidates = new LinkedHashSet<>();
            List<Integer> heads = new ArrayList<>();
            Map<String, Integer> weights = new HashMap<>();
            RivalStrength.Role pronounRole = RivalStrength.pronounRole(tokens, i);
            for (int k = i - 1; k >= 0 && seg.sentence[k] >= sentence - 1; k--) {
                if (!isHead[k]) {
                    continue;
                }
                String head = tokens.get(k).norm();
                if (head.length() < 3 || head.startsWith("here") || head.startsWith("there")) {
                    continue; // a list label "(b)", "hereunder": no thing a pronoun stands for
                }
                boolean fits = person ? PEOPLE.contains(head) || PEOPLE.contains(head + "s") && !plural[k]
                        : many ? plural[k] : !plural[k] && !HUMANS.contains(head);
                String lemma = ClearAntecedents.lemma(head, plural[k]);
                // "it" never means a noun whose every sense names a person; nor a rival the pronoun's verb rules out
                fits = fits && !(singular && NounClasses.onlyPerson(lemma))
                        && (allowed == SelectionalRestrictions.ANY || NounClasses.canBe(lemma, allowed));
                // a word WordNet never lists as a noun ("otherwise", "restrict") was chunked by mistake,
                // unless a determiner makes it one ("each upload", "the install")
                fits = fits && (tokens.get(k).startsUpperCase() || afterDeterminer(tokens, runStart, k)
                        || !NounClasses.neverNoun(head));
                if (fits && !MEASURES.contains(head) && !governs(tokens, k, i) && !predicative(tokens, runStart, k) && !subjectOfObject(tokens, isHead, k, i)
                        && !coordinated(tokens, isHead, runStart, k)) {
                    if (candidates.add(lemma)) {
                        heads.add(k);
                    }
                    // a rival mentioned twice is as strong as its strongest mention
                    weights.merge(lemma, RivalStrength.weight(RivalStrength.role(tokens, seg, isHead, runStart, k), pronounRole),
                            Math::max);
                }
            }
            if (many && candidates.size() >= 2 && ClearAntecedents.singularThey(tokens, seg, isHead, plural, i, heads)) {
                continue;
            }
            if (candidates.size() >= 2) {
                found.add(new Ambiguous(t.start(), t.end(), t.text(), new ArrayList<>(candidates),
                        RivalStrength.strength(weights.values())));
            }
        }
        return found;
    }

    /**
     * An article or quantifier right before the word, which is its phrase's only word: "each
     * upload", "the install". Not a longer run ("the SOFTWARE fail"), where the word is the
     * chunker's mistake, nor a possessive, which adjectives follow too ("their own").
     */
    private static boolean afterDeterminer(List<Token> tokens, int[] runStart, int head) {
        return runStart[head] == head && head > 0 && NOUN_MAKERS.contains(tokens.get(head - 1).norm());
    }

    /**
     * "the MMI shall power up with the same configuration as when it was last powered down", "the
     * same degree of care that it uses": the subject of a comparison's as- or that-clause stands in
     * parallel with the subject of the clause it is compared with, so the pronoun there is read as
     * that subject.
     */
    private static boolean inComparison(List<Token> tokens, int p) {
        int k = p - 1;
        if (k >= 0 && (tokens.get(k).is("when") || tokens.get(k).is("if") || tokens.get(k).is("before") || tokens.get(k).is("after"))) {
            k--;
        }
        if (k < 1 || !(tokens.get(k).is("as") || tokens.get(k).is("that"))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (tokens.get(j).is("same")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the noun phrase ending at head holds the pronoun at p in its own complement ("the
     * end of its movement authority"): a phrase cannot be its own modifier's antecedent.
     */
    private static boolean governs(List<Token> tokens, int head, int p) {
        if (p == head + 2 && (tokens.get(head + 1).is("of") || tokens.get(head + 1).is("in"))) {
            return true; // "every search in it": a noun is not the antecedent of a pronoun in its own phrase
        }
        if (p == head + 3 && tokens.get(head + 1).norm().endsWith("ing") && PREPOSITIONS.contains(tokens.get(head + 2).norm())) {
            return true; // "each dispute arising from it"
        }
        // "each analyst it assigns": a reduced relative clause, whose subject pronoun is not the noun it describes
        return p == head + 1 && (tokens.get(p).is("it") || tokens.get(p).is("they")) && p + 1 < tokens.size()
                && tokens.get(p + 1).isWord();
    }

    /**
     * "The Provider must keep its logs": a possessive or object pronoun in the same clause as
     * its sentence's subject, when that subject is a party, refers to that party: the party is
     * the actor whose things the clause is about.
     */
    private static boolean subjectPreferred(List<Token> tokens, Segments seg, boolean[] isHead, boolean[] plural,
            boolean[] party, int p, boolean many) {
        String w = tokens.get(p).norm();
        if (w.equals("it") || w.equals("they")) {
            return false;
        }
        int start = p;
        while (start > 0 && seg.sentence[start - 1] == seg.sentence[p]) {
            start--;
        }
        for (int k = start; k < p; k++) {
            if (Segments.endsClause(tokens.get(k)) || tokens.get(k).is("if") || tokens.get(k).is("when")
                    || tokens.get(k).is("that") || tokens.get(k).is("which")) {
                return false;
            }
            if (party[k]) {
                return !many; // a party is one person in law, whatever its name's form
            }
            if (isHead[k]) {
                return false;
            }
        }
        return false;
    }

    /**
     * "If MPL terminates, it must ...", "The Provider must obtain the Client's approval before it
     * uses a subcontractor": in contract text a sentence is about the first party it names, and
     * a singular "it" or "its" later in the sentence is read as that party.
     */
    private static boolean partyTopic(List<Token> tokens, Segments seg, boolean[] party, int p, boolean many) {
        if (many) {
            return false;
        }
        for (int k = p - 1; k >= 0 && seg.sentence[k] == seg.sentence[p]; k--) {
            if (party[k] && !tokens.get(k).is("parties")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "This contract is the entire agreement": a noun phrase after "is" names the subject again,
     * so it is no second antecedent.
     */
    private static boolean predicative(List<Token> tokens, int[] runStart, int head) {
        int k = runStart[head] - 1;
        while (k >= 0 && DETERMINERS.contains(tokens.get(k).norm())) {
            k--;
        }
        return k >= 0 && k < runStart[head] - 1 && Grammar.BE.contains(tokens.get(k).norm());
    }

    /**
     * "the user requests it": an object pronoun does not refer to the subject of its own verb
     * (that would be "itself"), so the noun phrase right before the verb is no candidate.
     */
    private static boolean subjectOfObject(List<Token> tokens, boolean[] isHead, int head, int p) {
        String w = tokens.get(p).norm();
        boolean object = w.equals("it") || w.equals("them") || w.equals("him") || w.equals("her");
        if (!object || p < 2 || !tokens.get(p - 1).isWord()) {
            return false;
        }
        if (p - 3 == head && isHead[head] && (tokens.get(p - 2).is("that") || tokens.get(p - 2).is("which"))) {
            return true; // "the rules that caused them": the relative clause's subject is not its object
        }
        return p - 2 == head && isHead[head] && isVerbForm(tokens.get(p - 1).norm());
    }

    /** "Consumers and Producers": the second of two noun phrases joined by and/or is one antecedent with the first. */
    private static boolean coordinated(List<Token> tokens, boolean[] isHead, int[] runStart, int head) {
        int before = runStart[head] - 1;
        return before >= 1 && (tokens.get(before).is("and") || tokens.get(before).is("or") || tokens.get(before).isPunct(','))
                && isHead[before - 1];
    }

    /** Marks the last word of every noun phrase, whether it is plural, and where its phrase starts. */
    private static void markHeads(String text, List<Token> tokens, Segments seg, boolean[] isHead, boolean[] plural,
            int[] runStarts) {
        int n = tokens.size();
        int runStart = -1;
        for (int i = 0; i <= n; i++) {
            boolean content = i < n && (isContent(tokens, seg, i, runStart >= 0) || runStart >= 0 && attributive(tokens, i)
                    || hyphenated(text, tokens, i));
            if (content && runStart < 0) {
                runStart = i;
            }
            if (!content && runStart >= 0) {
                int head = i - 1;
                isHead[head] = true;
                plural[head] = isPlural(tokens.get(head));
                runStarts[head] = runStart;
                runStart = -1;
            }
        }
    }

    /** "the normal operating mode": an -ing or -ed word inside a noun phrase, before the noun it describes. */
    private static boolean attributive(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        boolean form = w.endsWith("ing") && w.length() > 5 || w.endsWith("ed") && w.length() > 4;
        return form && i + 1 < tokens.size() && tokens.get(i + 1).isWord() && !STOPS.contains(tokens.get(i + 1).norm())
                && !PREPOSITIONS.contains(tokens.get(i + 1).norm()) && !DETERMINERS.contains(tokens.get(i + 1).norm());
    }

    /** A word joined to its neighbour by a hyphen ("point-to-point call") is part of one compound. */
    private static boolean hyphenated(String text, List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return false;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(i).end();
        return start > 0 && text.charAt(start - 1) == '-' && i > 0 && tokens.get(i - 1).end() == start - 1
                || end < text.length() && text.charAt(end) == '-' && i + 1 < tokens.size() && tokens.get(i + 1).start() == end + 1;
    }

    private static boolean isContent(List<Token> tokens, Segments seg, int i, boolean afterNoun) {
        Token t = tokens.get(i);
        if (!t.isWord() || hasDigit(t.norm())) {
            return false;
        }
        String w = t.norm();
        Token before = i > 0 && seg.sentence[i - 1] == seg.sentence[i] ? tokens.get(i - 1) : null;
        if (before != null && Grammar.BE.contains(before.norm())) {
            return false; // "is functional", "has been overridden": a predicate, not a noun phrase
        }
        if (before != null && isVerbForm(w) && (w.endsWith("s") && afterNoun || before.is("that") || before.is("which"))) {
            return false; // "the function receives", "a request that identifies", "the user requests"
        }
        if (DETERMINERS.contains(w) || PREPOSITIONS.contains(w) || STOPS.contains(w) || Grammar.isAdverb(t)) {
            return false;
        }
        if (afterNoun && w.endsWith("s") && !w.endsWith("ss") && i + 1 < tokens.size()
                && ARTICLES.contains(tokens.get(i + 1).norm())) {
            return false; // "the security device alerts the driver": a noun phrase's last noun is not followed by an article, a verb is
        }
        if (i > 0 && seg.sentence[i - 1] == seg.sentence[i] && MODALS.contains(tokens.get(i - 1).norm())
                && !t.startsUpperCase()) {
            return false; // "shall process", "to provide", "it receives": a verb
        }
        if (w.endsWith("ing") && w.length() > 5 || (w.endsWith("ed") && w.length() > 4 && !t.startsUpperCase())) {
            return false;
        }
        return true;
    }

    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** A listed verb, in its base or third-person form. */
    static boolean isVerbForm(String w) {
        return VERB_FORMS.contains(w);
    }

    /**
     * Every listed verb with the endings isVerbForm accepts (notify, notifies; pass, passes; send,
     * sends), listed once, so that a word is one lookup rather than a lookup per ending.
     */
    private static final Set<String> VERB_FORMS = verbForms();

    private static Set<String> verbForms() {
        Set<String> forms = new java.util.HashSet<>();
        for (String verb : VERBS) {
            forms.add(verb);
            forms.add(verb + "s");
            forms.add(verb + "es");
            if (verb.endsWith("y")) {
                forms.add(verb.substring(0, verb.length() - 1) + "ies");
            }
        }
        return Set.copyOf(forms);
    }

    private static boolean isPlural(Token t) {
        String text = t.text();
        String w = t.norm();
        if (text.length() > 1 && text.endsWith("s") && Character.isUpperCase(text.charAt(0))
                && text.substring(0, text.length() - 1).chars().allMatch(Character::isUpperCase)) {
            return true; // "AIPs"
        }
        if (w.equals("data") || w.equals("people") || w.equals("staff") || w.equals("personnel") || w.equals("media")
                || w.equals("criteria") || w.equals("children")) {
            return true;
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ics") && !w.endsWith("'s");
    }

    /**
     * "shall make it possible to install", "finds it necessary that": an object "it" between a verb
     * of making or judging and an adjective such as "possible" stands for the clause that follows,
     * not for a noun.
     */
    private static boolean dummyObject(List<Token> tokens, int i) {
        return i >= 1 && i + 1 < tokens.size() && MAKE.contains(tokens.get(i - 1).norm())
                && DUMMY_OBJECT_ADJECTIVES.contains(tokens.get(i + 1).norm());
    }

    /**
     * A dummy "it" that points forward: "it is agreed that", "it shall be possible to", "It is
     * the Provider's responsibility to", "it is recorded that": "it" followed by a form of "be"
     * (after a modal perhaps) and then by a dummy word, or by a "that", "to", "if" or "whether"
     * later in its sentence.
     */
    static boolean dummy(List<Token> tokens, Segments seg, int i) {
        if (!tokens.get(i).is("it")) {
            return false;
        }
        if (dummyObject(tokens, i)) {
            return true;
        }
        int k = i + 1;
        while (k < tokens.size() && (Grammar.isAdverb(tokens.get(k)) || Set.of("must", "shall", "should", "may", "will",
                "would", "can", "could", "might").contains(tokens.get(k).norm()))) {
            k++;
        }
        if (k >= tokens.size() || !Grammar.BE.contains(tokens.get(k).norm())) {
            return false;
        }
        int next = Grammar.skipAdverbs(tokens, k + 1);
        if (next < tokens.size() && DUMMY_AFTER_BE.contains(tokens.get(next).norm())) {
            return true;
        }
        for (int j = next; j < tokens.size() && seg.sentence[j] == seg.sentence[i]; j++) {
            Token t = tokens.get(j);
            if (t.is("that") || t.is("to") || t.is("if") || t.is("whether")) {
                return j <= next + 6;
            }
            if (Segments.endsClause(t)) {
                return false;
            }
        }
        return false;
    }
}
