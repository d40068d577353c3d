package cspec.core.diagnostic;

import static cspec.core.diagnostic.Severity.ERROR;
import static cspec.core.diagnostic.Severity.HINT;
import static cspec.core.diagnostic.Severity.INFORMATION;
import static cspec.core.diagnostic.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One rule cspec can report. The IDs are public interface: users name them in suppressions and
 * cspec.json, so they never change; docs/rules.md describes each. The rules declared here have
 * logic of their own in a check; the term-list rules are data ({@code cspec/terms/index.json}),
 * and those whose matching has logic of its own (numbers that bound a vague word, a comparative's
 * baseline, a wordy phrase's rewrite) are named here too. {@link RuleRegistry} lists them all;
 * a rule instance is unique per ID, so rules compare by identity.
 */
public final class Rule {
    /** Where a rule belongs, for listings and docs/rules.md. */
    public enum Area { STRUCTURE, PROFILE, REQUIREMENT, WORDING, DEFINITIONS, SLA }

    /** The rules declared below, in declaration order (initialised before them). */
    private static final List<Rule> DECLARED = new ArrayList<>();

    public static final Rule SYNTAX = withLogic("syntax", ERROR, Area.STRUCTURE,
            "A syntax error; the rest of the file is still analysed.");
    public static final Rule DUPLICATE_ID = withLogic("duplicate-id", ERROR, Area.STRUCTURE,
            "Two requirements, sections, SLAs or clauses share one ID.");
    public static final Rule DUPLICATE_FIELD = withLogic("duplicate-field", ERROR, Area.STRUCTURE,
            "A header field, a requirement attribute or a severity's timer is given twice.");
    public static final Rule UNKNOWN_REFERENCE = withLogic("unknown-reference", ERROR, Area.STRUCTURE,
            "A [reference] names nothing in the contract.");
    public static final Rule UNKNOWN_PROFILE = withLogic("unknown-profile", ERROR, Area.STRUCTURE,
            "The contract names a profile that does not exist.");
    public static final Rule MISSING_ID = withLogic("missing-id", WARNING, Area.STRUCTURE,
            "A requirement has no ID, so nothing can refer to it.");
    public static final Rule BAD_USES_PATH = withLogic("bad-uses-path", ERROR, Area.STRUCTURE,
            "A uses path is missing, invalid, or not a library or profile.");
    public static final Rule OUTSIDE_WORKSPACE = withLogic("outside-workspace", ERROR, Area.STRUCTURE,
            "A path or symbolic link leads outside the workspace, so cspec did not read what it names.");
    public static final Rule UNREADABLE_FILE = withLogic("unreadable-file", ERROR, Area.STRUCTURE,
            "A file or folder cspec was asked to check cannot be read; the run exits 2.");
    public static final Rule UNKNOWN_CLAUSE = withLogic("unknown-clause", WARNING, Area.STRUCTURE,
            "A clause without prose names no library clause.");
    public static final Rule UNKNOWN_RULE = withLogic("unknown-rule", WARNING, Area.STRUCTURE,
            "A suppression or configuration names a rule that does not exist.");
    public static final Rule UNUSED_SUPPRESSION = withLogic("unused-suppression", INFORMATION, Area.STRUCTURE,
            "A suppression that suppressed nothing.");
    public static final Rule LIMIT_EXCEEDED = withLogic("limit-exceeded", ERROR, Area.STRUCTURE,
            "A file, a nesting depth or a line exceeds cspec's limits.");
    public static final Rule INTERNAL_ERROR = withLogic("internal-error", WARNING, Area.STRUCTURE,
            "cspec itself failed while checking this file; the other checks ran.");
    public static final Rule MISSING_SECTION = withLogic("missing-section", ERROR, Area.PROFILE,
            "The contract lacks a section its profile asks for.");
    public static final Rule MISSING_SLA = withLogic("missing-sla", ERROR, Area.PROFILE,
            "The contract has no SLA though its profile asks for one.");
    public static final Rule MISSING_CLAUSE = withLogic("missing-clause", ERROR, Area.PROFILE,
            "The contract lacks a clause its profile asks for.");
    public static final Rule MISSING_CONTENT = withLogic("missing-content", ERROR, Area.PROFILE,
            "A section or clause of the profile that does not state what the profile says it must.");
    public static final Rule CLAUSE_DEFAULTS = withLogic("clause-defaults", INFORMATION, Area.PROFILE,
            "A library clause taken with default values its library marks for review.");
    public static final Rule CONTRADICTORY_FIGURES = withLogic("contradictory-figures", WARNING, Area.REQUIREMENT,
            "The same figure stated twice with different values.");
    public static final Rule CLAUSE_MODIFIED = withLogic("clause-modified", INFORMATION, Area.PROFILE,
            "A library clause whose wording departs from the standard.");
    public static final Rule MODALITY_MISMATCH = withLogic("modality-mismatch", WARNING, Area.REQUIREMENT,
            "The prose's obligation verb disagrees with the declared modality.");
    public static final Rule MISSING_WEIGHT = withLogic("missing-weight", WARNING, Area.REQUIREMENT,
            "A should or may requirement has no weight, so it cannot be scored.");
    public static final Rule WEIGHT_ON_MANDATORY = withLogic("weight-on-mandatory", WARNING, Area.REQUIREMENT,
            "A must requirement carries a weight, though it is pass or fail.");
    public static final Rule MISSING_DATE = withLogic("missing-date", WARNING, Area.REQUIREMENT,
            "A will requirement has no by date.");
    public static final Rule DATE_BEFORE_EFFECTIVE = withLogic("date-before-effective", WARNING, Area.REQUIREMENT,
            "A by date falls before the contract's effective date.");
    public static final Rule NO_RESPONSIBLE_PARTY = offByDefault("no-responsible-party", HINT, Area.REQUIREMENT,
            "An obligation whose actor is not a party.");
    public static final Rule COMPOUND_REQUIREMENT = withLogic("compound-requirement", HINT, Area.REQUIREMENT,
            "One requirement carries two or more obligations.");
    public static final Rule INSTRUCTION_TO_BIDDER = withLogic("instruction-to-bidder", INFORMATION, Area.REQUIREMENT,
            "An instruction to bidders (Describe your ...) declared as a requirement: it obliges nobody.");
    public static final Rule VERBLESS_REQUIREMENT = withLogic("verbless-requirement", INFORMATION, Area.REQUIREMENT,
            "A requirement line with no verb (Triage of all alarms.): it binds nobody.");
    public static final Rule PLACEHOLDER = withLogic("placeholder", ERROR, Area.REQUIREMENT,
            "TBD, an unfilled {{placeholder}} or a [blank] left in a contract.");
    public static final Rule VAGUE_PRONOUN = offByDefault("vague-pronoun", HINT, Area.WORDING,
            "A pronoun that two earlier noun phrases could mean.");
    public static final Rule PASSIVE_NO_AGENT = offByDefault("passive-no-agent", HINT, Area.WORDING,
            "Passive voice with no by-agent outside an obligation.");
    public static final Rule MIXED_OBLIGATION_VERBS = withLogic("mixed-obligation-verbs", HINT, Area.WORDING,
            "Both shall and must used for obligations in one contract.");
    public static final Rule DUPLICATE_DEFINITION = withLogic("duplicate-definition", ERROR, Area.DEFINITIONS,
            "A term is defined twice.");
    public static final Rule UNUSED_DEFINITION = withLogic("unused-definition", HINT, Area.DEFINITIONS,
            "A term is defined and never used.");
    public static final Rule TERM_CASE = withLogic("term-case", HINT, Area.DEFINITIONS,
            "A defined term used with other capitalisation.");
    public static final Rule UNDEFINED_TERM = withLogic("undefined-term", HINT, Area.DEFINITIONS,
            "A capitalised phrase used like a defined term but never defined.");
    public static final Rule SLA_RESPONSE_AFTER_RESOLUTION = withLogic("sla-response-after-resolution", ERROR, Area.SLA,
            "A severity's response time exceeds its resolution time.");
    public static final Rule SLA_SEVERITY_ORDER = withLogic("sla-severity-order", WARNING, Area.SLA,
            "A lower severity is promised faster than a higher one.");
    public static final Rule SLA_AVAILABILITY_RANGE = withLogic("sla-availability-range", ERROR, Area.SLA,
            "Availability outside (0, 100].");
    public static final Rule SLA_NO_PERIOD = withLogic("sla-no-period", WARNING, Area.SLA,
            "An SLA with no measured line.");
    public static final Rule SLA_NO_REMEDY = withLogic("sla-no-remedy", WARNING, Area.SLA,
            "An SLA with no credit line: a breach costs the provider nothing.");
    public static final Rule SLA_UNCAPPED_CREDIT = withLogic("sla-uncapped-credit", INFORMATION, Area.SLA,
            "A service credit with no cap.");
    public static final Rule SLA_NO_REPORTING = withLogic("sla-no-reporting", INFORMATION, Area.SLA,
            "An SLA with no report line.");
    public static final Rule SLA_CREDIT_CAP = withLogic("sla-credit-cap", WARNING, Area.SLA,
            "A service credit or bonus larger than its own cap, or a cap over 100%.");
    public static final Rule SLA_EMPTY = withLogic("sla-empty", WARNING, Area.SLA,
            "An SLA with no severity, availability or metric: nothing is promised.");
    public static final Rule UNKNOWN_TIMER = withLogic("unknown-timer", ERROR, Area.SLA,
            "A severity names a timer that is neither standard nor declared by its SLA.");
    public static final Rule SLA_TIMER_ORDER = withLogic("sla-timer-order", WARNING, Area.SLA,
            "A severity's timers stop out of order, such as containment before triage.");
    public static final Rule SLA_NOTIFY_DEADLINE = withLogic("sla-notify-deadline", WARNING, Area.SLA,
            "A notify timer longer than the breach-notification clause's deadline.");
    public static final Rule SLA_COVERAGE_OVERLAP = withLogic("sla-coverage-overlap", WARNING, Area.SLA,
            "Two coverage windows of an SLA cover the same hours.");
    public static final Rule SLA_CLOCK_NEVER_RUNS = withLogic("sla-clock-never-runs", WARNING, Area.SLA,
            "A clock in business hours under an SLA whose coverage has none.");
    public static final Rule SLA_COVERAGE_GAP = withLogic("sla-coverage-gap", WARNING, Area.SLA,
            "The text promises 24x7 but the SLA's coverage leaves hours out.");
    public static final Rule SLA_SEVERITY_UNDEFINED = withLogic("sla-severity-undefined", INFORMATION, Area.SLA,
            "An SLA's severities say nothing of what falls under each.");
    public static final Rule NOTICE_MISMATCH = withLogic("notice-mismatch", WARNING, Area.PROFILE,
            "A notice period in the header disagrees with the termination clause.");

    public static final Rule VAGUE_TERM = withTermList("vague-term");
    public static final Rule VAGUE_TIME = withTermList("vague-time");
    public static final Rule VAGUE_QUANTITY = withTermList("vague-quantity");
    public static final Rule COMPARATIVE = withTermList("comparative");
    public static final Rule WORDY = withTermList("wordy");
    public static final Rule ARCHAIC = withTermList("archaic");
    public static final Rule LOOPHOLE = withTermList("loophole");
    public static final Rule EFFORTS_STANDARD = withTermList("efforts-standard");
    public static final Rule OPEN_ENDED = withTermList("open-ended");

    private final String id;
    private final Severity defaultSeverity;
    private final Area area;
    private final String summary;
    private final String termLabel;
    private final boolean onByDefault;

    Rule(String id, Severity defaultSeverity, Area area, String summary, String termLabel, boolean onByDefault) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.area = area;
        this.summary = summary;
        this.termLabel = termLabel;
        this.onByDefault = onByDefault;
    }

    private static Rule withLogic(String id, Severity defaultSeverity, Area area, String summary) {
        Rule rule = new Rule(id, defaultSeverity, area, summary, null, true);
        DECLARED.add(rule);
        return rule;
    }

    /**
     * A rule that reports nothing unless a workspace turns it on in cspec.json ({@code "rules":
     * {"passive-no-agent": "hint"}}): on real contracts it was right too rarely to be shown even
     * as a hint (docs/accuracy.md gives the figures). {@code severity} is the one it reports at
     * when turned on without a severity of its own.
     */
    private static Rule offByDefault(String id, Severity severity, Area area, String summary) {
        Rule rule = new Rule(id, severity, area, summary, null, false);
        DECLARED.add(rule);
        return rule;
    }

    /** A term-list rule whose matching has logic of its own: its definition is the shipped index's. */
    private static Rule withTermList(String id) {
        Rule rule = TermIndex.shipped().entry(id)
                .orElseThrow(() -> new IllegalStateException(RuleRegistry.TERMS_FOLDER + "index.json lacks " + id))
                .toRule(RuleRegistry.TERMS_FOLDER);
        DECLARED.add(rule);
        return rule;
    }

    /** The rules named here, in declaration order. */
    static List<Rule> declared() {
        return List.copyOf(DECLARED);
    }

    public String id() {
        return id;
    }

    /** False for a rule that reports nothing unless a workspace's cspec.json turns it on. */
    public boolean onByDefault() {
        return onByDefault;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Area area() {
        return area;
    }

    public String summary() {
        return summary;
    }

    /** True for a rule that flags the phrases of a term list (and so takes extra terms in cspec.json). */
    public boolean hasTermList() {
        return termLabel != null;
    }

    /** How a finding of a term-list rule describes the phrase: "`promptly` is vague about time". */
    public Optional<String> termLabel() {
        return Optional.ofNullable(termLabel);
    }

    /** Link into the user-facing reference, used by LSP codeDescription when the editor configures docsBase. */
    public String docsAnchor() {
        return "docs/rules.md#" + id;
    }

    @Override
    public String toString() {
        return id;
    }
}
