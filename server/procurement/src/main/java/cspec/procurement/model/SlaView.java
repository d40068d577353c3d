package cspec.procurement.model;

import java.util.List;

/**
 * An SLA's figures as tables: each severity with its timers (columns are the timer names any
 * severity uses, in order), the coverage, the availability and the downtime it allows per
 * measurement period, credits and their cap, reporting, metrics, and its requirements.
 * Empty strings where the SLA says nothing.
 */
public record SlaView(String id, String title, String measured, String coverage, String availability,
        String allowedDowntime, List<String> timerNames, List<Severity> severities, String credit, String creditCap,
        String reporting, List<Metric> metrics, List<ContractView.RequirementView> requirements) {
    public SlaView {
        timerNames = List.copyOf(timerNames);
        severities = List.copyOf(severities);
        metrics = List.copyOf(metrics);
        requirements = List.copyOf(requirements);
    }

    /** cells line up with timerNames ("" where the severity has no such timer). */
    public record Severity(String id, String label, Text definition, List<String> cells) {
        public Severity {
            cells = List.copyOf(cells);
        }
    }

    public record Metric(String id, String label, String target) {
    }

    public boolean hasSeverities() {
        return !severities.isEmpty();
    }

    public boolean hasFigures() {
        return !figures().isEmpty();
    }

    public boolean hasMetrics() {
        return !metrics.isEmpty();
    }

    /** The rows of the SLA's figures table (measured, coverage, availability, ...), those it states. */
    public List<ContractView.Field> figures() {
        List<ContractView.Field> rows = new java.util.ArrayList<>();
        add(rows, "Measured", measured);
        add(rows, "Coverage", coverage);
        add(rows, "Availability", availability);
        add(rows, "Downtime allowed", allowedDowntime);
        add(rows, "Service credit", credit);
        add(rows, "Credit cap", creditCap);
        add(rows, "Reporting", reporting);
        return rows;
    }

    private static void add(List<ContractView.Field> rows, String label, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(new ContractView.Field(label, value));
        }
    }
}
