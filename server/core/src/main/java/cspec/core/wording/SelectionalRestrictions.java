package cspec.core.wording;

import cspec.core.wording.NounClasses.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What kind of thing a pronoun can stand for, from the verb it is the subject or object of, or
 * the noun it is the possessor of: "from the time it occurs" needs a happening or a state, "if it
 * believes" a person or an organisation, "install it" a physical thing, "its employees" someone
 * who employs. Only words whose choice is plain English are listed (selectional restrictions in
 * the linguists' sense), in a few groups; any other word says nothing, and the pronoun may stand
 * for anything.
 */
final class SelectionalRestrictions {
    /** No restriction: the verb is not listed, or the pronoun is not its subject or object. */
    static final int ANY = -1;

    private static final int HAPPENING = NounClasses.mask(Kind.ACT, Kind.EVENT, Kind.PHENOMENON, Kind.PROCESS,
            Kind.STATE, Kind.TIME);
    private static final int AGENT = NounClasses.mask(Kind.PERSON, Kind.GROUP);
    private static final int MIND = NounClasses.mask(Kind.PERSON, Kind.GROUP, Kind.ANIMAL);
    private static final int PHYSICAL = NounClasses.mask(Kind.ARTIFACT, Kind.OBJECT, Kind.SUBSTANCE, Kind.BODY,
            Kind.ANIMAL, Kind.PLANT, Kind.FOOD, Kind.GROUP);
    /** Who or what sends and receives: people, organisations, devices and places ("the station"). */
    private static final int CORRESPONDENT = NounClasses.mask(Kind.PERSON, Kind.GROUP, Kind.ARTIFACT, Kind.LOCATION);

    /** Verbs (base forms) and what their subject can be: happenings occur, minds believe, owners own. */
    private static final Map<String, Integer> SUBJECT = Map.ofEntries(
            Map.entry("occur", HAPPENING), Map.entry("happen", HAPPENING), Map.entry("arise", HAPPENING),
            Map.entry("recur", HAPPENING), Map.entry("elapse", HAPPENING),
            Map.entry("believe", MIND), Map.entry("know", MIND), Map.entry("think", MIND), Map.entry("intend", MIND),
            Map.entry("wish", MIND), Map.entry("want", MIND), Map.entry("agree", MIND), Map.entry("consent", MIND),
            Map.entry("hope", MIND), Map.entry("suspect", MIND), Map.entry("fear", MIND), Map.entry("doubt", MIND),
            Map.entry("acknowledge", MIND), Map.entry("waive", MIND), Map.entry("elect", MIND),
            Map.entry("own", MIND), Map.entry("possess", MIND),
            Map.entry("receive", CORRESPONDENT), Map.entry("send", CORRESPONDENT), Map.entry("transmit", CORRESPONDENT));

    /** Verbs and what their object (or passive subject) can be: one installs or recharges a physical thing. */
    private static final Map<String, Integer> OBJECT = Map.ofEntries(
            Map.entry("install", PHYSICAL), Map.entry("uninstall", PHYSICAL), Map.entry("recharge", PHYSICAL),
            Map.entry("mount", PHYSICAL), Map.entry("unmount", PHYSICAL), Map.entry("plug", PHYSICAL),
            Map.entry("unplug", PHYSICAL), Map.entry("carry", PHYSICAL), Map.entry("wear", PHYSICAL),
            Map.entry("repair", PHYSICAL));

    /**
     * Nouns that only a person or an organisation has: its employees, agents, successors, its
     * best endeavours. A possessive before one of them ("its own employees") means an agent.
     */
    private static final Set<String> AGENTS_ONLY = Set.of("employee", "employees", "staff", "personnel", "officer",
            "officers", "director", "directors", "agent", "agents", "subcontractor", "subcontractors", "contractor",
            "contractors", "affiliate", "affiliates", "subsidiary", "subsidiaries", "successor", "successors", "assigns",
            "auditor", "auditors", "representative", "representatives", "shareholder", "shareholders", "employer",
            "adviser", "advisers", "advisor", "advisors", "attorney", "attorneys", "lawyer", "lawyers", "accountant",
            "accountants", "endeavour", "endeavours", "endeavor", "endeavors", "efforts", "intention", "intentions");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");
    /** Words between a possessive and its noun that say nothing of who possesses: "its own", "their respective". */
    private static final Set<String> BEFORE_NOUN = Set.of("own", "respective", "best", "reasonable", "commercially",
            "permitted", "former", "current", "present", "future", "authorised", "authorized", "duly");

    private static final Map<String, String> IRREGULAR = Map.of("arose", "arise", "arisen", "arise", "knew", "know",
            "known", "know", "thought", "think", "sent", "send", "wore", "wear", "worn", "wear");

    private static final Set<String> AUXILIARIES = Set.of("must", "shall", "should", "may", "might", "can", "could",
            "will", "would", "cannot", "not", "also", "then", "only", "do", "does", "did");
    private static final Set<String> HAVE = Set.of("has", "have", "had");

    private SelectionalRestrictions() {
    }

    /**
     * The classes of noun (a {@link NounClasses} mask) that the pronoun at p can stand for, by
     * the verb it is the subject of ("it occurs", "it is installed") or the object of ("install
     * it"), or ANY.
     */
    static int allowed(List<Token> tokens, int p) {
        String pronoun = tokens.get(p).norm();
        if (POSSESSIVES.contains(pronoun)) {
            int k = p + 1;
            while (k < tokens.size() && BEFORE_NOUN.contains(tokens.get(k).norm())) {
                k++;
            }
            return k < tokens.size() && AGENTS_ONLY.contains(tokens.get(k).norm()) ? AGENT : ANY;
        }
        if (pronoun.equals("it") || pronoun.equals("they")) {
            int k = p + 1;
            while (k < tokens.size() && (Grammar.isAdverb(tokens.get(k)) || AUXILIARIES.contains(tokens.get(k).norm()))) {
                k++;
            }
            boolean passive = false;
            if (k < tokens.size() && HAVE.contains(tokens.get(k).norm())) {
                k = Grammar.skipAdverbs(tokens, k + 1);
            }
            if (k < tokens.size() && Grammar.BE.contains(tokens.get(k).norm())) {
                passive = true;
                k = Grammar.skipAdverbs(tokens, k + 1);
            }
            if (k < tokens.size() && tokens.get(k).isWord()) {
                int restriction = restriction(passive ? OBJECT : SUBJECT, tokens.get(k).norm());
                if (restriction != ANY) {
                    return restriction;
                }
            }
        }
        if ((pronoun.equals("it") || pronoun.equals("them")) && p > 0 && tokens.get(p - 1).isWord()) {
            return restriction(OBJECT, tokens.get(p - 1).norm());
        }
        return ANY;
    }

    /** The restriction a listed verb in any of its forms puts on the role, or ANY. */
    private static int restriction(Map<String, Integer> verbs, String form) {
        for (String base : bases(form)) {
            Integer mask = verbs.get(base);
            if (mask != null) {
                return mask;
            }
        }
        return ANY;
    }

    /** The base forms a verb form may have: "occurs" occur, "occurred" occur, "carries" carry, "arose" arise. */
    private static List<String> bases(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return List.of(irregular);
        }
        int n = w.length();
        if (w.endsWith("ies") || w.endsWith("ied")) {
            return List.of(w.substring(0, n - 3) + "y");
        }
        if (w.endsWith("es")) {
            return List.of(w.substring(0, n - 2), w.substring(0, n - 1));
        }
        if (w.endsWith("ed")) {
            boolean doubled = n > 4 && w.charAt(n - 3) == w.charAt(n - 4);
            return doubled ? List.of(w.substring(0, n - 3), w.substring(0, n - 2)) : List.of(w.substring(0, n - 2), w.substring(0, n - 1));
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return List.of(w.substring(0, n - 1), w);
        }
        return List.of(w);
    }
}
