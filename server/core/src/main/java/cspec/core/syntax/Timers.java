package cspec.core.syntax;

import java.util.List;

/**
 * The SLA timers cspec knows, in the order their clocks must stop: acknowledge, response,
 * triage, contain, resolution; escalate, notify and restore stand outside that chain. An SLA may
 * add timers of its own with {@code timer NAME "Label"}.
 */
public final class Timers {
    public static final String ACKNOWLEDGE = "acknowledge";
    public static final String RESPONSE = "response";
    public static final String TRIAGE = "triage";
    public static final String ESCALATE = "escalate";
    public static final String CONTAIN = "contain";
    public static final String NOTIFY = "notify";
    public static final String RESTORE = "restore";
    public static final String RESOLUTION = "resolution";

    /** Every standard timer, in the order a severity line usually lists them. */
    public static final List<String> STANDARD = List.of(ACKNOWLEDGE, RESPONSE, TRIAGE, ESCALATE, CONTAIN, NOTIFY,
            RESTORE, RESOLUTION);

    /** The timers whose clocks stop in this order: each at most the next. */
    public static final List<String> ORDER = List.of(ACKNOWLEDGE, RESPONSE, TRIAGE, CONTAIN, RESOLUTION);

    private Timers() {
    }
}
