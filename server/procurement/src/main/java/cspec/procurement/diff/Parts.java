package cspec.procurement.diff;

import cspec.procurement.model.ContractView;
import cspec.procurement.model.SlaView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SLAs and clauses of a contract view by ID, wherever they stand in its sections. */
final class Parts {
    private Parts() {
    }

    static Map<String, SlaView> slas(ContractView view) {
        Map<String, SlaView> map = new LinkedHashMap<>();
        walk(view.body(), map, null);
        return map;
    }

    static Map<String, ContractView.ClauseView> clauses(ContractView view) {
        Map<String, ContractView.ClauseView> map = new LinkedHashMap<>();
        walk(view.body(), null, map);
        return map;
    }

    private static void walk(List<ContractView.Part> parts, Map<String, SlaView> slas, Map<String, ContractView.ClauseView> clauses) {
        for (ContractView.Part part : parts) {
            if (part.section() != null) {
                walk(part.section().parts(), slas, clauses);
            } else if (part.sla() != null && slas != null) {
                slas.putIfAbsent(part.sla().id(), part.sla());
            } else if (part.clause() != null && clauses != null) {
                clauses.putIfAbsent(part.clause().id(), part.clause());
            }
        }
    }
}
