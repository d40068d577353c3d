package cspec.procurement.diff;

import cspec.procurement.model.ContractView;
import cspec.procurement.model.SlaView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one SLA compared: its table rows, each severity's timers, and each metric's target. */
final class SlaFigures {
    private SlaFigures() {
    }

    static void compare(String subject, SlaView a, SlaView b, List<Change> changes) {
        Map<String, String> before = figures(a);
        Map<String, String> after = figures(b);
        for (String name : ContractDiff.union(before.keySet(), after.keySet())) {
            String x = before.getOrDefault(name, "");
            String y = after.getOrDefault(name, "");
            if (!x.equals(y)) {
                changes.add(new Change(Change.Kind.SLA, subject, x, y, name));
            }
        }
    }

    /** Every figure by a readable name: "Availability", "P1 Response", "metric mttd". */
    private static Map<String, String> figures(SlaView sla) {
        Map<String, String> map = new LinkedHashMap<>();
        for (ContractView.Field f : sla.figures()) {
            map.put(f.label(), f.value());
        }
        for (SlaView.Severity s : sla.severities()) {
            for (int i = 0; i < sla.timerNames().size(); i++) {
                if (!s.cells().get(i).isEmpty()) {
                    map.put(s.id() + " " + sla.timerNames().get(i), s.cells().get(i));
                }
            }
        }
        for (SlaView.Metric m : sla.metrics()) {
            map.put("metric " + m.id(), m.target());
        }
        return map;
    }
}
