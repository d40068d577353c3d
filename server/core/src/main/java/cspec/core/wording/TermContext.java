package cspec.core.wording;

import cspec.core.diagnostic.Rule;
import java.util.List;
import java.util.Set;

/**
 * Rules of language that tell when a listed word, in the sentence around it, does not have the
 * problem its list names. Each rule is general (a construction of English or of contract
 * drafting), never a sentence of a particular contract; docs/rules.md states each one. They look
 * at a few tokens on either side, so the scan stays linear.
 */
final class TermContext {
    private TermContext() {
    }

    /** Present-tense verbs of performance: "hereby assigns", "hereby grants". */
    private static final Set<String> PERFORMATIVES = Set.of("assign", "assigns", "grant", "grants", "agree", "agrees",
            "appoint", "appoints", "waive", "waives", "release", "releases", "consent", "consents", "acknowledge",
            "acknowledges", "accept", "accepts", "certify", "certifies", "represent", "represents", "warrant", "warrants",
            "covenant", "covenants", "terminate", "terminates", "confirm", "confirms", "ratify", "ratifies", "license",
            "licenses", "licence", "licences", "authorize", "authorizes", "authorise", "authorises", "designate",
            "designates", "elect", "elects", "engage", "engages", "retain", "retains", "transfer", "transfers", "convey",
            "conveys", "declare", "declares", "revoke", "revokes", "amend", "amends", "irrevocably", "expressly",
            "undertake", "undertakes", "submit", "submits", "sublicense", "sublicenses", "approve", "approves",
            "adopt", "adopts", "incorporate", "incorporates", "supplement", "supplements", "cancel",
            "cancels", "offer", "offers", "indemnify", "indemnifies", "disclaim", "disclaims", "renounce", "renounces");

    /**
     * "hereby" in an operative statement ("hereby assigns", "is hereby incorporated", "shall be,
     * and hereby is, amended") performs the act the sentence states: it is the language of
     * performance, not an archaism to drop. "the powers hereby conferred" points back at the
     * contract and is one.
     */
    static boolean performativeHereby(List<Token> tokens, int at) {
        int next = at + 1;
        while (next < tokens.size() && (tokens.get(next).is("expressly") || tokens.get(next).is("irrevocably")
                || tokens.get(next).is("unconditionally") || tokens.get(next).isPunct(','))) {
            next++;
        }
        if (next < tokens.size() && (PERFORMATIVES.contains(tokens.get(next).norm()) || Grammar.BE.contains(tokens.get(next).norm()))) {
            return true;
        }
        int before = at - 1;
        while (before >= 0 && tokens.get(before).isPunct(',')) {
            before--;
        }
        return before >= 0 && (Grammar.BE.contains(tokens.get(before).norm()) || tokens.get(before).is("and")
                && next < tokens.size() && Grammar.isParticiple(tokens.get(next)));
    }

    /** Words after "less" that make it "minus": "less the fees", "less applicable taxes". */
    private static final Set<String> AMOUNTS_AFTER_LESS = Set.of("the", "any", "all", "a", "an", "its", "their", "such",
            "applicable", "deductions", "deduction", "amounts", "taxes", "tax", "fees", "costs", "expenses", "withholding",
            "discounts", "credits");
    /** "does not", "did not": a failure to act. */
    private static final Set<String> DO_FORMS = Set.of("does", "do", "did");
    /** Determiners that make "attempt" the noun ("any attempt to assign"). */
    private static final Set<String> ATTEMPT_AS_NOUN_AFTER = Set.of("any", "an", "the", "each", "such", "every", "no");
    /** Determiners before "efforts" ("its best efforts", "all reasonable efforts"). */
    private static final Set<String> BEFORE_EFFORTS = Set.of("its", "their", "his", "her", "all", "the", "such", "a", "an",
            "every", "his/her");

    /**
     * "less" as minus: before an amount or a deduction ("less the transaction fee", "less
     * deductions for income tax", "100 less the ratio"), or after a number; not a comparison.
     */
    static boolean lessMeansMinus(List<Token> tokens, int at) {
        if (at > 0 && tokens.get(at - 1).kind() == Token.Kind.NUMBER) {
            return true;
        }
        int next = at + 1;
        if (next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        return t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.OPAQUE
                || AMOUNTS_AFTER_LESS.contains(t.norm())
                || t.norm().startsWith("$") || t.text().startsWith("US");
    }

    /** Nouns after "critical" or "minor" that make it a severity's name ("critical incidents", "minor defects"). */
    private static final Set<String> SEVERITY_NOUNS = Set.of("incident", "incidents", "severity", "severities", "priority",
            "priorities", "defect", "defects", "error", "errors", "bug", "bugs", "issue", "issues", "vulnerability",
            "vulnerabilities", "alert", "alerts", "level", "levels", "problem", "problems", "fault", "faults", "event",
            "events", "finding", "findings", "risk", "risks", "patch", "patches", "update", "updates", "release",
            "releases", "change", "changes", "breach", "breaches", "nonconformity", "nonconformities", "failure",
            "failures", "outage", "outages", "p1", "p2", "p3", "p4", "sev1", "sev2", "sev3", "sev4");

    /** "critical" or "minor" naming a severity level ("critical incidents", "Minor") rather than judging importance. */
    static boolean namesSeverity(List<Token> tokens, int at, Segments seg) {
        Token word = tokens.get(at);
        if (word.startsUpperCase() && !(at == 0 || seg.sentence[at - 1] != seg.sentence[at])) {
            return true; // "Critical" mid-sentence: a level's name
        }
        int next = at + 1;
        if (next < tokens.size() && tokens.get(next).isPunct('(')) {
            return true; // "critical (P1)"
        }
        for (int k = next; k < Math.min(tokens.size(), next + 2); k++) {
            if (SEVERITY_NOUNS.contains(tokens.get(k).norm())) {
                return true; // "critical incidents", "critical vendor patch"
            }
        }
        return at > 0 && (tokens.get(at - 1).is("severity") || tokens.get(at - 1).is("priority"));
    }

    /**
     * Telling another party: a notice "immediately" after an event leaves open when the clock
     * starts and how long finding out may take, so there it asks for a number.
     */
    private static final Set<String> NOTICE = Set.of("notify", "notifies", "inform", "informs", "report", "alert",
            "escalate", "escalates", "advise", "advises", "tell", "contact", "warn", "warns");

    /** Acts that happen at once, so "immediately" sets no period: "immediately terminate", "immediately due". */
    private static final Set<String> INSTANT = Set.of("terminate", "terminates", "terminated", "termination", "cease",
            "ceases", "stop", "stops", "suspend", "suspends", "suspended", "suspension", "due", "payable", "effective",
            "vest", "vests", "revert", "reverts", "discontinue", "discontinues", "revoke", "revoked", "revocation",
            "return", "returns", "lapse", "lapses", "end", "ends", "expire", "expires", "forfeit", "forfeited",
            "seeking", "seek", "enforce");
    private static final int INSTANT_WINDOW = 4;

    /**
     * "immediately", "immediate" and "forthwith" with an act that happens at once (terminate,
     * cease, fall due, return) or in a right ("may terminate immediately"): the word means "at
     * once", which needs no number.
     */
    static boolean atOnce(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int clause = seg.clause[m.start()];
        boolean notice = false;
        for (int k = m.start() - 1; k >= 0 && seg.clause[k] == clause; k--) {
            notice |= NOTICE.contains(tokens.get(k).norm());
        }
        for (int k = m.end(); k < Math.min(tokens.size(), m.end() + INSTANT_WINDOW); k++) {
            notice |= seg.sentence[k] == seg.sentence[m.start()] && NOTICE.contains(tokens.get(k).norm());
        }
        if (!notice) {
            return true; // "immediately deliver", "forthwith take steps": at once, the strictest time there is
        }
        for (int k = Math.max(0, m.start() - INSTANT_WINDOW); k < Math.min(tokens.size(), m.end() + INSTANT_WINDOW); k++) {
            if (seg.clause[k] == clause && INSTANT.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        for (int k = m.start() - 1; k >= 0 && seg.clause[k] == clause; k--) {
            if (tokens.get(k).is("may") || tokens.get(k).is("right")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs, and the nouns and prepositions of asking, after which "whether or not" asks a question. */
    private static final Set<String> ASKING = Set.of("decide", "decides", "decided", "deciding", "decision", "determine",
            "determines", "determined", "determining", "determination", "consider", "considers", "considering", "elect",
            "elects", "choose", "chooses", "ask", "asks", "know", "knows", "indicate", "indicates", "confirm", "confirms",
            "assess", "assesses", "evaluate", "evaluates", "review", "reviews", "check", "checks", "verify", "verifies",
            "establish", "establishes", "specify", "specifies", "state", "states", "advise", "advises", "notify",
            "notifies", "inform", "informs", "as", "on", "about", "question", "discretion", "option", "to");

    /**
     * "whether or not" is wordy only where it asks a question ("decide whether or not to renew",
     * "whether or not to proceed"): there "whether" says the same. Elsewhere ("all information,
     * whether or not in writing", "whether or not perfected") it means "regardless of whether",
     * and "whether" alone would change the meaning.
     */
    static boolean whetherAsks(List<Token> tokens, PhraseIndex.Match<TermEntry> m) {
        if (m.end() < tokens.size() && tokens.get(m.end()).is("to")) {
            return true;
        }
        return m.start() > 0 && ASKING.contains(tokens.get(m.start() - 1).norm());
    }

    /** Words that make "from time to time" the timing of a request, an agreement or a right, not of a duty. */
    private static final Set<String> OCCASION = Set.of("if", "when", "whenever", "request", "requests",
            "requested", "agreed", "agree", "agrees", "specified", "specify", "amended", "amend", "changed", "change",
            "modified", "modify", "upgraded", "designated", "designate", "determined", "determine", "notified",
            "updated", "update", "adjusted", "direct", "directs", "directed", "instructed", "instruct", "require",
            "required", "requires", "prescribed", "established", "issued", "published", "advised", "any", "effect",
            "revised", "supplemented", "approved", "approve", "desire", "desires", "wish", "wishes", "elect", "elects",
            "which", "who", "possess", "possesses", "control", "communicate", "communicates",
            "communicated");

    /**
     * "from time to time" times a duty only when a party must act from time to time ("must
     * review the rules from time to time"); with a request, an agreement, a change or a right in
     * its clause ("as requested by the CEO from time to time", "may be changed from time to
     * time", "at any time and from time to time") it says when that may happen, which is the
     * point.
     */
    static boolean occasional(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int clause = seg.clause[m.start()];
        boolean possibility = false;
        for (int k = m.start() - 1; k >= 0 && seg.clause[k] == clause; k--) {
            String w = tokens.get(k).norm();
            if (OCCASION.contains(w)) {
                return true;
            }
            if (w.equals("may") || w.equals("might") || w.equals("can")) {
                possibility = true;
            } else if (possibility && (w.equals("as") || w.equals("that"))) {
                return true; // "such reports as the Client may from time to time request": a right's timing, not the duty's
            }
        }
        // "From time to time during the term, the Board may elect ...": the phrase comes before the
        // sentence's verb, which is a right, and says when that right may be used.
        for (int k = m.start() - 1; k >= 0 && seg.sentence[k] == seg.sentence[m.start()]; k--) {
            if (MODALS.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        for (int k = m.end(); k < Math.min(tokens.size(), m.end() + 20) && seg.sentence[k] == seg.sentence[m.start()]; k++) {
            Token t = tokens.get(k);
            if (t.is("may") || t.is("can") || t.is("entitled")) {
                return true;
            }
            if (t.is("must") || t.is("shall") || t.is("will") || t.is("should")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The sentence says in so many words that there is no duty to keep to a time: "provided that
     * the Licensor is under no obligation to provide them on any specific schedule". A vague time
     * there is what the parties agreed, not a gap.
     */
    static boolean noObligationStated(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int sentence = seg.sentence[m.start()];
        int from = m.start();
        while (from > 0 && seg.sentence[from - 1] == sentence) {
            from--;
        }
        for (int k = from; k + 1 < tokens.size() && seg.sentence[k] == sentence; k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.is("no") && (next.is("obligation") || next.is("duty"))
                    || t.is("not") && (next.is("obligated") || next.is("obliged") || next.is("required") || next.is("bound"))
                    || t.is("not") && next.is("be") && k + 2 < tokens.size()
                            && (tokens.get(k + 2).is("obligated") || tokens.get(k + 2).is("obliged") || tokens.get(k + 2).is("required"))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of failing to act: a condition built on them states a duty's breach, whose time matters. */
    private static final Set<String> FAILING = Set.of("fail", "fails", "failed", "refuse", "refuses", "refused",
            "neglect", "neglects", "neglected", "omit", "omits", "omitted");
    /** Subordinators that open a condition. */
    private static final Set<String> CONDITION_OPENERS = Set.of("if", "unless", "whether");
    /** Modals of possibility, which a condition's own verb may carry: "if the dispute cannot be resolved promptly". */
    private static final Set<String> POSSIBILITY = Set.of("can", "cannot", "could", "may", "might", "would");

    /**
     * The vague word lies in a condition ("If ... such dispute cannot be resolved promptly through
     * discussions, Customer shall pay ..."): it times no duty, it says when the duty applies. The
     * clause is read back to an "if" or "unless" with no binding modal (shall, must, will, should)
     * between: "If the Client asks the Provider shall promptly respond" is still a duty's time. A
     * condition that is a failure to act ("if the Company fails to take timely action") implies the
     * duty, so its time still matters.
     */
    static boolean inCondition(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int clause = seg.clause[m.start()];
        for (int k = m.start() - 1; k >= 0 && seg.clause[k] == clause; k--) {
            String w = tokens.get(k).norm();
            if (FAILING.contains(w) || w.equals("not") && k > 0 && DO_FORMS.contains(tokens.get(k - 1).norm())) {
                return false; // "if the Company fails to take timely action": the failure implies the duty, and its time
            }
            if (CONDITION_OPENERS.contains(w)) {
                return true;
            }
            if (MODALS.contains(w) && !POSSIBILITY.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Phrases after a vague word that point at where its measure is set: "timely resolution as per the SLA". */
    static boolean measuredElsewhere(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int sentence = seg.sentence[m.start()];
        if (m.end() < tokens.size() && tokens.get(m.end()).isPunct('(')) {
            return true; // "from time to time (as soon as each release is final)": the bracket gives the time
        }
        for (int k = m.end(); k + 2 < Math.min(tokens.size(), m.end() + 24) && seg.clause[k] == seg.clause[m.start()]; k++) {
            Token t = tokens.get(k);
            if (t.is("at") && tokens.get(k + 1).is("such") && (tokens.get(k + 2).is("times") || tokens.get(k + 2).is("time"))
                    || t.is("as") && tokens.get(k + 1).is("and") && tokens.get(k + 2).is("when")) {
                return true; // "promptly make such reports ... at such times as are reasonably required": the times are set there
            }
        }
        for (int k = m.end(); k < Math.min(tokens.size(), m.end() + 6) && seg.sentence[k] == sentence; k++) {
            Token t = tokens.get(k);
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (next == null) {
                break;
            }
            if ((t.is("as") || t.is("in")) && (next.is("per") || next.is("accordance"))
                    || t.is("per") && next.is("the")
                    || (t.is("set") || t.is("specified") || t.is("defined") || t.is("stated")) && (next.is("out") || next.is("forth") || next.is("in"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A time or frequency word that does not time an act: a superlative ranking ("the most
     * frequently accessed articles", "the most expeditious means"), "as soon as" before an
     * event ("as soon as notice has been given": upon it), or a capitalised name ("Regular
     * Shipper").
     */
    static boolean notATime(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        Token first = tokens.get(m.start());
        if (m.start() > 0 && tokens.get(m.start() - 1).is("most")) {
            return true;
        }
        if (m.length() == 1 && first.startsUpperCase() && first.text().length() > 1 && Character.isLowerCase(first.text().charAt(1))
                && m.start() > 0 && seg.sentence[m.start() - 1] == seg.sentence[m.start()] && tokens.get(m.start() - 1).isWord()) {
            return true;
        }
        if (first.is("soon") && m.length() == 1 && m.start() > 0 && tokens.get(m.start() - 1).is("as")
                && m.end() + 1 < tokens.size() && tokens.get(m.end()).is("as")) {
            String after = tokens.get(m.end() + 1).norm();
            return !(after.equals("possible") || after.equals("practicable") || after.equals("reasonably")
                    || after.equals("practical") || after.equals("feasible"));
        }
        if ((first.is("regular") || first.is("routine") || first.is("periodic") || first.is("frequent")
                || first.is("occasional")) && m.length() == 1) {
            for (int k = m.end(); k < Math.min(tokens.size(), m.end() + 2); k++) {
                if (ACTIVITIES.contains(tokens.get(k).norm())) {
                    return false; // "frequent service reviews"
                }
            }
            return true;
        }
        return false;
    }

    /** Activities a frequency adjective times: "regular reviews", "periodic reports". */
    private static final Set<String> ACTIVITIES = Set.of("review", "reviews", "report", "reports", "reporting", "audit",
            "audits", "test", "tests", "testing", "update", "updates", "backup", "backups", "meeting", "meetings", "scan",
            "scans", "scanning", "assessment", "assessments", "check", "checks", "monitoring", "maintenance",
            "communication", "communications", "briefing", "briefings", "training", "exercise", "exercises",
            "patching", "inspection", "inspections", "evaluation", "evaluations", "intervals", "basis", "contact",
            "calls", "visits", "drills", "status", "progress");

    /** Subjective words that a named judge settles: "acceptable to the Client", "mutually satisfactory". */
    private static final Set<String> JUDGED = Set.of("acceptable", "satisfactory", "suitable", "satisfactorily");

    /** Verbs whose subject judges: "as On2 reasonably deems appropriate", "if the Client considers it necessary". */
    private static final Set<String> JUDGING_VERBS = Set.of("deem", "deems", "deemed", "consider", "considers",
            "considered", "determine", "determines", "determined", "believe", "believes", "judge", "judges", "judged",
            "find", "finds", "think", "thinks");
    /** The judgements "reasonable" limits: "in the Compensation Committee's reasonable opinion". */
    private static final Set<String> JUDGEMENTS = Set.of("opinion", "judgment", "judgement", "discretion", "belief",
            "determination", "satisfaction");
    /** Sums of money "reasonable" qualifies: "reasonable attorneys' fees", "reasonable travel expenses". */
    private static final Set<String> SUMS = Set.of("expenses", "expense", "costs", "cost", "fees", "fee", "charges",
            "disbursements");

    /**
     * A vague word whose judge the sentence names, or that has a settled meaning where it stands:
     * after a verb of judging ("as On2 reasonably deems appropriate": On2 decides, as with
     * "reasonably"); "reasonable" before the judgement it limits ("reasonable opinion",
     * "reasonable judgment"); "reasonable" before a sum ("reasonable travel expenses",
     * "reasonable and necessary out of pocket expenses"), which courts assess as a settled
     * standard, like the "reasonable attorneys' fees".
     */
    static boolean settledOrJudged(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int k = m.start() - 1;
        if (k >= 0 && (tokens.get(k).is("reasonably") || tokens.get(k).is("it"))) {
            k--;
        }
        if (k >= 0 && JUDGING_VERBS.contains(tokens.get(k).norm())) {
            return true;
        }
        if (!tokens.get(m.start()).is("reasonable")) {
            return false;
        }
        if (m.end() < tokens.size() && JUDGEMENTS.contains(tokens.get(m.end()).norm())) {
            return true;
        }
        int clause = seg.clause[m.start()];
        for (int n = m.end(); n < Math.min(tokens.size(), m.end() + 8) && seg.clause[n] == clause; n++) {
            if (SUMS.contains(tokens.get(n).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "acceptable to MPL", "satisfactory to the Agent", "mutually acceptable": the sentence names
     * who decides, so the word is that party's judgement, not vagueness.
     */
    static boolean judgeNamed(List<Token> tokens, PhraseIndex.Match<TermEntry> m, boolean[] party) {
        if (!JUDGED.contains(tokens.get(m.start()).norm())) {
            return false;
        }
        if (m.start() > 0 && (tokens.get(m.start() - 1).is("mutually") || tokens.get(m.start() - 1).is("jointly"))) {
            return true;
        }
        int k = m.end();
        if (k < tokens.size() && (tokens.get(k).is("to") || tokens.get(k).is("by"))) {
            k++;
            while (k < tokens.size() && (tokens.get(k).is("the") || tokens.get(k).is("each") || tokens.get(k).is("both")
                    || tokens.get(k).is("such") || tokens.get(k).is("other"))) {
                k++;
            }
            return k < tokens.size() && (party[k] || tokens.get(k).startsUpperCase() && tokens.get(k).isWord());
        }
        return false;
    }

    /**
     * "effective" meaning having legal effect: after be, become or deemed ("no waiver shall be
     * effective unless in writing", "deemed effective three days after mailing").
     */
    static boolean legalEffect(List<Token> tokens, int at) {
        int before = at - 1;
        while (before >= 0 && Grammar.isAdverb(tokens.get(before))) {
            before--;
        }
        boolean predicate = before >= 0 && (Grammar.BE.contains(tokens.get(before).norm()) || tokens.get(before).is("deemed")
                || tokens.get(before).norm().startsWith("becom") || tokens.get(before).is("became")
                || tokens.get(before).is("remain") || tokens.get(before).is("remains"));
        if (!predicate) {
            return false;
        }
        for (int k = before - 1; k >= Math.max(0, before - 10); k--) {
            if (INSTRUMENTS.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Things that take legal effect: "no waiver shall be effective", "the notice is deemed effective". */
    private static final Set<String> INSTRUMENTS = Set.of("agreement", "amendment", "amendments", "waiver", "waivers",
            "notice", "notices", "termination", "modification", "modifications", "assignment", "provision", "provisions",
            "registration", "consent", "change", "changes", "appointment", "delivery", "election", "resignation",
            "license", "licence", "contract", "variation", "variations", "release", "transfer", "action", "suit",
            "proceeding", "process", "service", "grant", "exercise", "cancellation", "renewal", "extension", "order",
            "instrument", "document", "statement");

    /** "sufficient to cover all postage due", "sufficient in amount to cover": the purpose right after it is its measure. */
    static boolean measuredByPurpose(List<Token> tokens, PhraseIndex.Match<TermEntry> m) {
        if (!tokens.get(m.start()).norm().startsWith("sufficient")) {
            return false;
        }
        int k = m.end();
        if (k + 1 < tokens.size() && tokens.get(k).is("in") && tokens.get(k + 1).is("amount")) {
            k += 2;
        }
        return k < tokens.size() && (tokens.get(k).is("to") || tokens.get(k).is("for"));
    }

    /** A minimum given as a number ("at a minimum of 97.5%"): a floor, not an open list. */
    static boolean numericMinimum(List<Token> tokens, PhraseIndex.Match<TermEntry> m) {
        if (!tokens.get(m.end() - 1).is("minimum")) {
            return false;
        }
        int k = m.end();
        if (k < tokens.size() && tokens.get(k).is("of")) {
            k++;
        }
        return k < tokens.size() && (tokens.get(k).kind() == Token.Kind.NUMBER || tokens.get(k).kind() == Token.Kind.OPAQUE
                || Segments.isNumberWord(tokens.get(k).norm()));
    }

    /** Nouns after "the appropriate" that ask for a measure: "the appropriate level of resources". */
    private static final Set<String> MEASURES = Set.of("level", "levels", "amount", "amounts", "number", "degree",
            "extent", "measures", "steps", "resources", "time", "period", "standard", "standards", "quality", "action",
            "actions", "controls", "security", "care", "manner");

    /**
     * "the appropriate publisher", "the appropriate volume": "the appropriate X" picks the one
     * that applies out of a known set, so it is not a subjective quality; "the appropriate
     * level", "the appropriate measures" still ask for a measure.
     */
    static boolean selectsOne(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at - 1).is("the") && tokens.get(at).is("appropriate") && at + 1 < tokens.size()
                && tokens.get(at + 1).isWord() && !MEASURES.contains(tokens.get(at + 1).norm());
    }

    /** Words after a loophole that name who decides or what the need is measured by. */
    private static final Set<String> NAMED_TRIGGER = Set.of("by", "under", "pursuant", "in", "for", "to");

    /** Words that give a party a right or a choice: discretion over them is the right's, not a way out of a duty. */
    private static final Set<String> RIGHT_OR_CHOICE = Set.of("right", "rights", "entitled", "may", "decide", "decides",
            "decided", "elect", "elects", "election", "option", "choose", "chooses", "nominate", "nominates", "nominated",
            "designate", "designates", "designated");

    /**
     * "sole discretion" that goes with a right or a choice ("shall have the right at its sole
     * discretion to alter the cover", "shall be entitled, in its sole discretion, to take such
     * actions", "MPL decides in its sole discretion", "at the non-assigning Party's sole
     * discretion, may be treated as binding"): the parties gave that party the decision on
     * purpose, and no duty is loosened. Discretion over what another party's duty must satisfy
     * ("in a form acceptable to MPL in MPL's sole discretion"), or over the holder's own duty, is
     * still flagged. Looks up to 8 words back and 3 ahead, in the sentence.
     */
    static boolean discretionOfARight(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int sentence = seg.sentence[m.start()];
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - 8) && seg.sentence[k] == sentence; k--) {
            if (RIGHT_OR_CHOICE.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        for (int k = m.end(); k < Math.min(tokens.size(), m.end() + 3) && seg.sentence[k] == sentence; k++) {
            if (tokens.get(k).is("may")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "as required by the Licensee", "if required under the Rules", "as necessary to resolve the
     * problem": the phrase names who requires it or the purpose that measures the need, so the
     * obliged party does not decide alone whether the duty applies.
     */
    static boolean triggerNamed(List<Token> tokens, PhraseIndex.Match<TermEntry> m) {
        String last = tokens.get(m.end() - 1).norm();
        if (!(last.equals("required") || last.equals("necessary") || last.equals("needed"))) {
            return false;
        }
        int k = m.end();
        if (k >= tokens.size() || !NAMED_TRIGGER.contains(tokens.get(k).norm())) {
            return false;
        }
        if ((tokens.get(k).is("by") || tokens.get(k).is("under")) && !last.equals("required")) {
            return false; // "registered as necessary by HDI": by names who acts, and who decides, not who requires
        }
        if (tokens.get(k).is("in")) {
            return k + 1 < tokens.size() && (tokens.get(k + 1).is("accordance") || tokens.get(k + 1).is("order"));
        }
        return k + 1 < tokens.size() && tokens.get(k + 1).isWord();
    }

    /** Verbs whose object cannot be compelled: an agreement between the parties. */
    private static final Set<String> AGREEING = Set.of("agree", "negotiate", "settle", "reach", "facilitate", "mediate",
            "compromise");
    /** "resolve" is agreeing only when its object is a dispute: "resolve the dispute", not "resolve the violation". */
    private static final Set<String> DISPUTES = Set.of("dispute", "disputes", "differences", "disagreement",
            "disagreements", "controversy", "controversies", "claim", "claims", "matter", "matters");

    /**
     * An efforts phrase whose object is an agreement ("attempt to agree", "endeavour to resolve
     * the dispute", "efforts to reach agreement"): an agreement cannot be compelled, so trying is
     * the duty intended. An efforts phrase in a prohibition ("shall not solicit or attempt to
     * solicit") widens what is forbidden instead of weakening a duty.
     */
    static boolean effortsIntended(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int k = m.end();
        if (k < tokens.size() && tokens.get(k).is("to")) {
            k++;
        }
        while (k < tokens.size() && (tokens.get(k).is("in") || tokens.get(k).is("good") || tokens.get(k).is("faith")
                || Grammar.isAdverb(tokens.get(k)))) {
            k++;
        }
        if (k < tokens.size() && (AGREEING.contains(tokens.get(k).norm()) || tokens.get(k).is("agreement"))) {
            return true;
        }
        if (k < tokens.size() && tokens.get(k).is("resolve")) {
            for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
                if (DISPUTES.contains(tokens.get(j).norm())) {
                    return true;
                }
            }
        }
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 2); j--) {
            Token t = tokens.get(j);
            if (t.is("not") || t.is("never") || t.is("nor") || t.is("cannot")) {
                return true; // "shall not attempt to", "not to attempt to"
            }
        }
        int before = m.start() - 1;
        if (before >= 0 && tokens.get(m.start()).is("attempt") && ATTEMPT_AS_NOUN_AFTER.contains(tokens.get(before).norm())) {
            return true; // "Any attempt to assign this Agreement shall be void": the noun, not a promise to try
        }
        if (before >= 0 && tokens.get(before).is("otherwise")) {
            before--; // "or otherwise attempt to discover"
        }
        boolean attempt = tokens.get(m.start()).is("attempt") || tokens.get(m.start()).is("try") || tokens.get(m.start()).is("tries");
        if (before >= 0 && tokens.get(before).is("or") && attempt) {
            return true; // "solicit or try to solicit": widens a prohibition
        }
        // "efforts to enter into a supply agreement": an agreement with another cannot be compelled
        k = m.end();
        if (k < tokens.size() && tokens.get(k).is("to")) {
            k++;
        }
        if (k + 1 < tokens.size() && tokens.get(k).is("enter") && tokens.get(k + 1).is("into")) {
            return true;
        }
        // "every effort shall be made to interpret the two documents consistently": a rule for reading the contract
        int to = m.end();
        while (to < Math.min(tokens.size(), m.end() + 4) && !tokens.get(to).is("to")
                && (MODALS.contains(tokens.get(to).norm()) || Grammar.BE.contains(tokens.get(to).norm())
                        || tokens.get(to).is("made") || tokens.get(to).is("used"))) {
            to++;
        }
        if (to + 1 < tokens.size() && tokens.get(to).is("to") && INTERPRETING.contains(tokens.get(to + 1).norm())) {
            return true;
        }
        return effortsConditionOrPurpose(tokens, m, seg);
    }

    /** Verbs of reading a contract: efforts to interpret it are a rule of interpretation, not a duty to perform. */
    private static final Set<String> INTERPRETING = Set.of("interpret", "construe", "reconcile", "harmonize",
            "harmonise");
    /** Words that open a condition in the efforts phrase's clause: "if Provider fails to use best efforts, ...". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "despite", "notwithstanding", "although",
            "though", "whether");
    /** Words before a gerund that make what it does a condition or a circumstance: "after exercising reasonable efforts". */
    private static final Set<String> AFTER_GERUND = Set.of("after", "despite", "notwithstanding", "without",
            "following", "upon", "on", "having");
    /** Verbs that give another party a chance: the efforts after them are that party's, not an obligation. */
    private static final Set<String> ENABLING = Set.of("allow", "allows", "allowing", "enable", "enables", "enabling",
            "permit", "permits", "permitting", "opportunity");
    private static final Set<String> MODALS = Set.of("must", "shall", "should", "may", "can", "will", "would", "could",
            "agrees", "agree", "undertakes", "undertake");

    /**
     * The efforts phrase is not the standard of a duty when it lies in a condition ("after
     * exercising commercially reasonable efforts ..., MPL shall have the right to terminate";
     * "if the Provider fails to use best efforts, the Client may ...") or is the efforts of a party
     * the sentence gives a chance ("give notice to allow Licensor to make a reasonable effort to
     * obtain a protective order"). Looks back in the phrase's clause, up to its verb.
     */
    private static boolean effortsConditionOrPurpose(List<Token> tokens, PhraseIndex.Match<TermEntry> m, Segments seg) {
        int clause = seg.clause[m.start()];
        int k = m.start() - 1;
        while (k >= 0 && BEFORE_EFFORTS.contains(tokens.get(k).norm())) {
            k--;
        }
        if (k >= 1 && tokens.get(k).norm().endsWith("ing") && AFTER_GERUND.contains(tokens.get(k - 1).norm())) {
            return true; // "after exercising commercially reasonable efforts", "despite using best efforts"
        }
        for (int j = m.start() - 1; j >= 0 && seg.clause[j] == clause; j--) {
            String w = tokens.get(j).norm();
            if (MODALS.contains(w)) {
                return false; // the clause's own verb comes first: "If asked the Provider shall use ..."
            }
            if (CONDITIONS.contains(w) || ENABLING.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
