package cspec.accuracy.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the two parties of a contract and the role word the contract itself gives each.
 *
 * <p>Contracts name their parties in the opening sentences with inline definitions: "by and
 * between Driven Deliveries, Inc. ("Company") ... and TruckThat LLC ("Consultant")". Every
 * bracket of the first sentences that defines a term for a named organisation or person is a
 * party; terms in one bracket ("(the "Company" or "we")") are one party's role words, and the one
 * the contract uses most is its role word. When the opening defines fewer than two parties (some
 * filings start with a cover page), the words most often the subject of an obligation verb
 * ("Datec will", "BSP shall") fill in.
 *
 * <p>Which party is the client: a role word that names a buyer (Client, Customer, Company,
 * Licensee, ...) or a seller (Provider, Consultant, Contractor, Licensor, Agent, ...) decides;
 * otherwise the party that more often "shall pay"; otherwise the party named first.
 */
public final class Parties {
    /**
     * A party: its name as the contract gives it, its role word (the one the contract uses most)
     * and every role word the contract defines for it, the role word first.
     */
    public record Party(String name, String role, List<String> roles) {
        public Party {
            roles = List.copyOf(roles);
        }

        Party(String name, String role) {
            this(name, role, List.of(role));
        }
    }

    /** The contract's two parties. */
    public record Pair(Party client, Party provider) {
    }

    private static final int OPENING_SENTENCES = 12;
    private static final Set<String> NOT_PARTIES = Set.of(
            "agreement", "effective date", "party", "parties", "services", "service", "term", "this agreement",
            "contract", "commencement date", "effective", "date", "exhibit", "schedule", "work", "deliverables");
    private static final Pattern NOT_A_PARTY_TERM = Pattern.compile("(?i).*\\b(?:agreement|date|part(?:y|ies)|effective)\\b.*");
    private static final Set<String> BUYERS = Set.of(
            "client", "customer", "company", "licensee", "shipper", "sponsor", "subscriber", "purchaser", "buyer",
            "owner", "employer", "fund", "partnership", "member", "bank", "lessee", "user", "distributor", "reseller",
            "recipient", "principal", "merchant");
    private static final Set<String> SELLERS = Set.of(
            "provider", "service provider", "consultant", "contractor", "supplier", "vendor", "licensor", "agent",
            "host", "manager", "advisor", "adviser", "sub-advisor", "cro", "operator", "developer", "executive",
            "servicer", "processor", "transporter", "carrier", "outsourcer", "maintainer", "seller", "lessor",
            "sub-adviser", "administrator", "employee");
    private static final Pattern DESCRIPTION = Pattern.compile(
            ",?\\s+(?:a|an)\\s+[\\p{L}]|,?\\s*\\b(?:having|with|whose|located|organi[sz]ed|incorporated|doing|its|which"
                    + "|registered|acting|is|of\\s+\\[)\\b|\\s*\\uE000[a-z]");
    private static final Pattern NAME_START = Pattern.compile(
            "(?i:\\bbetween\\b|\\bamong\\b)|\\bby\\b|\\bPARTIES\\b|[:;]|[\"\\u201D]\\s*\\)|,\\s*and\\s|\\bAND\\b");
    /** Where the opening that names the parties ends: the recitals or the words of agreement. */
    private static final Pattern RECITALS = Pattern.compile(
            "^(?:whereas|recitals?|r e c i t a l s|witnesseth|now,? therefore|in consideration)|agreed? as follows");
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "&", "de", "du", "la", "von", "van", "der", "the", "for");
    private static final Pattern SUBJECT_BEFORE_MODAL = Pattern.compile(
            "(?:^|[.;:,]\\s*|\\b(?:the|The|THE)\\s+)([A-Z][\\p{L}&\\-]*(?:\\s+[A-Z][\\p{L}&\\-]*)?)\\s+(?:shall|will|must|agrees\\s+to)\\b");
    private static final Set<String> NOT_SUBJECTS = Set.of(
            "this", "the", "it", "agreement", "such", "each", "neither", "either", "nothing", "no", "all", "any",
            "notice", "notices", "payment", "payments", "party", "parties", "this agreement", "services", "he", "she",
            "they", "we", "you", "which", "term", "fees", "in", "if", "and", "or", "there", "these", "that", "said");

    private Parties() {
    }

    public static Pair find(List<SentenceSplitter.Unit> sentences, String text) {
        List<List<DefinedTerms.Inline>> groups = openingGroups(sentences);
        List<Party> parties = new ArrayList<>();
        for (List<DefinedTerms.Inline> group : groups) {
            String role = mostUsed(group.stream().map(i -> bareRole(i.term())).toList(), text);
            if (parties.stream().noneMatch(p -> p.role().equalsIgnoreCase(role))) {
                List<String> roles = new ArrayList<>(List.of(role));
                group.stream().map(i -> bareRole(i.term())).filter(r -> roles.stream().noneMatch(r::equalsIgnoreCase))
                        .forEach(roles::add);
                parties.add(new Party(partyName(group.get(0).named(), role), role, roles));
            }
        }
        parties.sort(Comparator.comparingInt((Party p) -> -uses(p.role(), text)));
        List<Party> two = new ArrayList<>(parties.subList(0, Math.min(2, parties.size())));
        // The two most used, in the order the contract names them.
        two.sort(Comparator.comparingInt(p -> firstMention(p, groups)));
        for (String subject : frequentSubjects(sentences)) {
            if (two.size() >= 2) {
                break;
            }
            if (two.stream().noneMatch(p -> p.role().equalsIgnoreCase(subject) || p.name().contains(subject))) {
                two.add(new Party(subject, subject));
            }
        }
        while (two.size() < 2) {
            two.add(two.isEmpty() ? new Party("Client", "Client") : new Party("Provider", "Provider"));
        }
        return assignRoles(two.get(0), two.get(1), text);
    }

    /** Inline definitions of the opening sentences that name a party, grouped by bracket. */
    private static List<List<DefinedTerms.Inline>> openingGroups(List<SentenceSplitter.Unit> sentences) {
        Map<String, List<DefinedTerms.Inline>> byBracket = new LinkedHashMap<>();
        for (int s = 0; s < Math.min(OPENING_SENTENCES, sentences.size()); s++) {
            String text = sentences.get(s).text();
            String lower = text.toLowerCase(Locale.ROOT);
            if (RECITALS.matcher(lower).find()) {
                break;
            }
            for (DefinedTerms.Inline inline : DefinedTerms.inline(text)) {
                String role = bareRole(inline.term());
                if (NOT_PARTIES.contains(role.toLowerCase(Locale.ROOT)) || NOT_A_PARTY_TERM.matcher(role).matches()) {
                    continue;
                }
                DefinedTerms.Inline named = withName(inline, text);
                if (isDate(named.named())) {
                    continue;
                }
                byBracket.computeIfAbsent(s + ":" + inline.bracket(), k -> new ArrayList<>()).add(named);
            }
        }
        return new ArrayList<>(byBracket.values());
    }

    private static boolean isDate(String named) {
        return named.matches("(?i).*\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b.*\\d.*")
                || named.matches("[\\d/\\-., ]+");
    }

    private static int firstMention(Party party, List<List<DefinedTerms.Inline>> groups) {
        for (int g = 0; g < groups.size(); g++) {
            for (DefinedTerms.Inline inline : groups.get(g)) {
                if (bareRole(inline.term()).equalsIgnoreCase(party.role())) {
                    return g;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The inline definition with the party's name as its named words: the text between the
     * nearest boundary before the bracket ("between", "among", a colon or semicolon, the end of
     * the previous party's bracket, ", and", a capitalised AND) and the bracket, without list
     * labels, cut where the description starts (", a Delaware corporation", "whose registered
     * office", "having", "is a company", "(formerly ..."). Brackets without a quoted term are part
     * of the name: "SYSTEMS APPLICATIONS PRODUCTS (AFRICA) (PTY) LIMITED".
     */
    private static DefinedTerms.Inline withName(DefinedTerms.Inline inline, String sentence) {
        String before = sentence.substring(0, inline.bracket());
        String masked = before.replaceAll("\\(([^()\"\u201C\u201D]*)\\)", "\uE000$1\uE001");
        int start = 0;
        Matcher boundary = NAME_START.matcher(masked);
        while (boundary.find()) {
            start = boundary.end();
        }
        String segment = masked.substring(start).replaceFirst("^(?:\\s|,|and\\s|\\uE000?\\d{1,2}\\uE001|\\d{1,2}\\.)*", "");
        Matcher description = DESCRIPTION.matcher(segment);
        String name = description.find() ? segment.substring(0, description.start()) : segment;
        name = name.replace('\uE000', '(').replace('\uE001', ')').strip().replaceAll("[,;]+$", "").strip();
        return new DefinedTerms.Inline(inline.term(), inline.bracket(), isProperName(name) ? name : "");
    }

    /** A name: at most 12 words, every word but small joining words capitalised or a number. */
    private static boolean isProperName(String name) {
        if (name.isEmpty() || name.length() > 80) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > 12) {
            return false;
        }
        for (String word : words) {
            String bare = word.replaceAll("^[^\\p{L}\\p{Nd}]+", "");
            if (bare.isEmpty() || NAME_JOINERS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            char first = bare.charAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first) && !bare.matches("[a-z]+[A-Z\\-.].*")) {
                return false;
            }
        }
        return true;
    }

    static String bareRole(String term) {
        return term.strip().replaceFirst("(?i)^the\\s+", "");
    }

    private static String partyName(String named, String role) {
        return named.isEmpty() ? role : named;
    }

    private static String mostUsed(List<String> roles, String text) {
        String best = roles.get(0);
        int bestUses = -1;
        for (String role : roles) {
            int n = uses(role, text);
            if (n > bestUses) {
                best = role;
                bestUses = n;
            }
        }
        return best;
    }

    static int uses(String word, String text) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(word) + "(?![\\p{L}\\p{Nd}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Capitalised words that are the subject of an obligation verb, most frequent first. */
    private static List<String> frequentSubjects(List<SentenceSplitter.Unit> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SentenceSplitter.Unit unit : sentences) {
            Matcher m = SUBJECT_BEFORE_MODAL.matcher(unit.text());
            while (m.find()) {
                String subject = m.group(1);
                if (!NOT_SUBJECTS.contains(subject.toLowerCase(Locale.ROOT))
                        && !NOT_SUBJECTS.contains(subject.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                    counts.merge(subject, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return ranked.stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey).toList();
    }

    /** How many uses of "will" one with a party as its subject must be at least, for "will" to be an obligation verb. */
    private static final int WILL_SHARE = 7;
    private static final int WILL_MINIMUM = 3;

    /**
     * Whether the contract uses "will" as an obligation verb, so its header says {@code will means
     * must}: a party (a role word, a party's name, "each party", "the parties") is the subject of
     * "will" at least 3 times, and for at least 1 in 7 of the contract's uses of "will". A contract
     * that writes its parties' duties with "will" ("Datec will provide ...") means them as binding
     * as "shall"; one whose "will" is mostly a description of what happens ("the page will show
     * ...") or a prediction keeps "will" as the future, so a "will" declared "must" still shows.
     */
    public static boolean willObliges(Pair parties, String text) {
        List<String> subjects = new ArrayList<>(List.of("party", "parties", "each party", "either party", "neither party"));
        for (Party p : List.of(parties.client(), parties.provider())) {
            subjects.addAll(p.roles());
            subjects.add(p.name());
        }
        StringBuilder alternatives = new StringBuilder();
        for (String subject : subjects) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(subject));
        }
        Matcher withParty = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}])(?:" + alternatives + ")(?:'s)?\\s+will\\b").matcher(text);
        int partyWill = 0;
        while (withParty.find()) {
            partyWill++;
        }
        Matcher any = Pattern.compile("(?i)\\bwill\\b").matcher(text);
        int all = 0;
        while (any.find()) {
            all++;
        }
        return partyWill >= WILL_MINIMUM && partyWill * WILL_SHARE >= all;
    }

    private static Pair assignRoles(Party first, Party second, String text) {
        int lean = lean(first.role()) - lean(second.role());
        if (lean == 0) {
            lean = payments(second.role(), text) - payments(first.role(), text);
        }
        return lean <= 0 ? new Pair(first, second) : new Pair(second, first);
    }

    /** +1 for a seller's role word, -1 for a buyer's, 0 when the word says neither. */
    private static int lean(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (SELLERS.contains(lower)) {
            return 1;
        }
        if (BUYERS.contains(lower)) {
            return -1;
        }
        return 0;
    }

    private static int payments(String role, String text) {
        Matcher m = Pattern.compile(Pattern.quote(role) + "\\s+(?:shall|will|must|agrees\\s+to)\\s+(?:promptly\\s+)?(?:pay|reimburse)")
                .matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
