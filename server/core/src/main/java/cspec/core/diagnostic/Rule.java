package cspec.core.diagnostic;

import static cspec.core.diagnostic.Severity.ERROR;
import static cspec.core.diagnostic.Severity.HINT;
import static cspec.core.diagnostic.Severity.INFORMATION;
import static cspec.core.diagnostic.Severity.WARNING;

import java.util.Optional;

/**
 * Every rule cspec knows. The IDs are public interface: users name them in suppressions and
 * cspec.json, so they never change. Each rule's long description lives in docs/rules.md.
 */
public enum Rule {
    SYNTAX("syntax", ERROR, Area.STRUCTURE, "A syntax error; the rest of the file is still analysed."),
    DUPLICATE_ID("duplicate-id", ERROR, Area.STRUCTURE, "Two requirements, sections, SLAs or clauses share one ID."),
    DUPLICATE_FIELD("duplicate-field", ERROR, Area.STRUCTURE, "A header field, a requirement attribute or a severity's timer is given twice."),
    UNKNOWN_REFERENCE("unknown-reference", ERROR, Area.STRUCTURE, "A [reference] names nothing in the contract."),
    UNKNOWN_PROFILE("unknown-profile", ERROR, Area.STRUCTURE, "The contract names a profile that does not exist."),
    MISSING_ID("missing-id", WARNING, Area.STRUCTURE, "A requirement has no ID, so nothing can refer to it."),
    BAD_USES_PATH("bad-uses-path", ERROR, Area.STRUCTURE, "A uses path is missing, not a library or profile, or leaves the workspace."),
    UNKNOWN_CLAUSE("unknown-clause", WARNING, Area.STRUCTURE, "A clause without prose names no library clause."),
    UNKNOWN_RULE("unknown-rule", WARNING, Area.STRUCTURE, "A suppression or configuration names a rule that does not exist."),
    UNUSED_SUPPRESSION("unused-suppression", INFORMATION, Area.STRUCTURE, "A suppression that suppressed nothing."),
    LIMIT_EXCEEDED("limit-exceeded", ERROR, Area.STRUCTURE, "A file, a nesting depth or a line exceeds cspec's limits."),

    MISSING_SECTION("missing-section", ERROR, Area.PROFILE, "The contract lacks a section its profile asks for."),
    MISSING_SLA("missing-sla", ERROR, Area.PROFILE, "The contract has no SLA though its profile asks for one."),
    MISSING_CLAUSE("missing-clause", ERROR, Area.PROFILE, "The contract lacks a clause its profile asks for."),
    CLAUSE_MODIFIED("clause-modified", INFORMATION, Area.PROFILE, "A library clause whose wording departs from the standard."),

    MODALITY_MISMATCH("modality-mismatch", WARNING, Area.REQUIREMENT, "The prose's obligation verb disagrees with the declared modality."),
    MISSING_WEIGHT("missing-weight", WARNING, Area.REQUIREMENT, "A should or may requirement has no weight, so it cannot be scored."),
    WEIGHT_ON_MANDATORY("weight-on-mandatory", WARNING, Area.REQUIREMENT, "A must requirement carries a weight, though it is pass or fail."),
    MISSING_DATE("missing-date", WARNING, Area.REQUIREMENT, "A will requirement has no by date."),
    DATE_BEFORE_EFFECTIVE("date-before-effective", WARNING, Area.REQUIREMENT, "A by date falls before the contract's effective date."),
    NO_RESPONSIBLE_PARTY("no-responsible-party", WARNING, Area.REQUIREMENT, "An obligation whose actor is not a party."),
    COMPOUND_REQUIREMENT("compound-requirement", INFORMATION, Area.REQUIREMENT, "One requirement carries two or more obligations."),
    PLACEHOLDER("placeholder", ERROR, Area.REQUIREMENT, "TBD, an unfilled {{placeholder}} or a [blank] left in a contract."),

    VAGUE_TERM("vague-term", WARNING, Area.WORDING, "A subjective word such as adequate, appropriate or industry standard."),
    LOOPHOLE("loophole", WARNING, Area.WORDING, "A phrase that lets a party out, such as as appropriate or if possible."),
    OPEN_ENDED("open-ended", WARNING, Area.WORDING, "An open list such as etc., and so on, and/or, such as."),
    EFFORTS_STANDARD("efforts-standard", WARNING, Area.WORDING, "An efforts standard such as best efforts instead of an obligation."),
    VAGUE_TIME("vague-time", WARNING, Area.WORDING, "A time word with no number, such as promptly, timely or regularly."),
    VAGUE_QUANTITY("vague-quantity", WARNING, Area.WORDING, "A quantity word with no number, such as some, several or minimal."),
    COMPARATIVE("comparative", INFORMATION, Area.WORDING, "A comparative with no than and no number."),
    ARCHAIC("archaic", INFORMATION, Area.WORDING, "Legal archaism such as herein or aforementioned."),
    WORDY("wordy", HINT, Area.WORDING, "A wordy phrase with a shorter equivalent."),
    VAGUE_PRONOUN("vague-pronoun", INFORMATION, Area.WORDING, "A sentence whose subject is a bare pronoun."),
    PASSIVE_NO_AGENT("passive-no-agent", INFORMATION, Area.WORDING, "Passive voice with no by-agent outside an obligation."),
    MIXED_OBLIGATION_VERBS("mixed-obligation-verbs", INFORMATION, Area.WORDING, "Both shall and must used for obligations in one contract."),

    DUPLICATE_DEFINITION("duplicate-definition", ERROR, Area.DEFINITIONS, "A term is defined twice."),
    UNUSED_DEFINITION("unused-definition", HINT, Area.DEFINITIONS, "A term is defined and never used."),
    TERM_CASE("term-case", WARNING, Area.DEFINITIONS, "A defined term used with other capitalisation."),
    UNDEFINED_TERM("undefined-term", INFORMATION, Area.DEFINITIONS, "A capitalised phrase used like a defined term but never defined."),

    SLA_RESPONSE_AFTER_RESOLUTION("sla-response-after-resolution", ERROR, Area.SLA, "A severity's response time exceeds its resolution time."),
    SLA_SEVERITY_ORDER("sla-severity-order", WARNING, Area.SLA, "A lower severity is promised faster than a higher one."),
    SLA_AVAILABILITY_RANGE("sla-availability-range", ERROR, Area.SLA, "Availability outside (0, 100]."),
    SLA_NO_PERIOD("sla-no-period", WARNING, Area.SLA, "An SLA with no measured line."),
    SLA_NO_REMEDY("sla-no-remedy", WARNING, Area.SLA, "An SLA with no credit line: a breach costs the provider nothing."),
    SLA_UNCAPPED_CREDIT("sla-uncapped-credit", INFORMATION, Area.SLA, "A service credit with no cap."),
    SLA_NO_REPORTING("sla-no-reporting", INFORMATION, Area.SLA, "An SLA with no report line."),
    SLA_CREDIT_CAP("sla-credit-cap", WARNING, Area.SLA, "A service credit larger than its own cap, or a cap over 100%."),
    SLA_EMPTY("sla-empty", WARNING, Area.SLA, "An SLA with no severity, availability or metric: nothing is promised."),
    UNKNOWN_TIMER("unknown-timer", ERROR, Area.SLA, "A severity names a timer that is neither standard nor declared by its SLA."),
    SLA_TIMER_ORDER("sla-timer-order", WARNING, Area.SLA, "A severity's timers stop out of order, such as containment before triage."),
    SLA_NOTIFY_DEADLINE("sla-notify-deadline", WARNING, Area.SLA, "A notify timer longer than the breach-notification clause's deadline."),
    SLA_COVERAGE_OVERLAP("sla-coverage-overlap", WARNING, Area.SLA, "Two coverage windows of an SLA cover the same hours."),
    SLA_COVERAGE_GAP("sla-coverage-gap", WARNING, Area.SLA, "The text promises 24x7 but the SLA's coverage leaves hours out."),
    SLA_SEVERITY_UNDEFINED("sla-severity-undefined", INFORMATION, Area.SLA, "An SLA's severities say nothing of what falls under each."),
    NOTICE_MISMATCH("notice-mismatch", WARNING, Area.PROFILE, "A notice period in the header disagrees with the termination clause.");

    /** Where a rule belongs, for listings and docs/rules.md. */
    public enum Area { STRUCTURE, PROFILE, REQUIREMENT, WORDING, DEFINITIONS, SLA }

    private final String id;
    private final Severity defaultSeverity;
    private final Area area;
    private final String summary;

    Rule(String id, Severity defaultSeverity, Area area, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.area = area;
        this.summary = summary;
    }

    public String id() {
        return id;
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

    /** Link into the user-facing reference, used by LSP codeDescription and SARIF helpUri. */
    public String docsAnchor() {
        return "docs/rules.md#" + id;
    }

    public static Optional<Rule> byId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
