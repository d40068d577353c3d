package cspec.procurement.diff;

import cspec.core.syntax.Modality;
import cspec.procurement.model.ContractView;
import cspec.procurement.model.SlaView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The changes from one version of a contract to the next: a pure function of their two views. */
public final class ContractDiff {
    private final List<Change> changes = new ArrayList<>();

    private ContractDiff() {
    }

    public static List<Change> between(ContractView before, ContractView after) {
        ContractDiff diff = new ContractDiff();
        diff.header(before, after);
        diff.requirements(before.requirements(), after.requirements());
        diff.slas(Parts.slas(before), Parts.slas(after));
        diff.clauses(Parts.clauses(before), Parts.clauses(after));
        return List.copyOf(diff.changes);
    }

    private void header(ContractView before, ContractView after) {
        Map<String, String> old = fields(before);
        Map<String, String> now = fields(after);
        if (!before.title().equals(after.title())) {
            changes.add(new Change(Change.Kind.HEADER, "title", before.title(), after.title(), ""));
        }
        for (String label : union(old.keySet(), now.keySet())) {
            String a = old.getOrDefault(label, "");
            String b = now.getOrDefault(label, "");
            if (!a.equals(b)) {
                changes.add(new Change(Change.Kind.HEADER, label.toLowerCase(java.util.Locale.ROOT), a, b, ""));
            }
        }
    }

    private static Map<String, String> fields(ContractView view) {
        Map<String, String> map = new LinkedHashMap<>();
        view.titleBlock().forEach(f -> map.putIfAbsent(f.label(), f.value()));
        return map;
    }

    private void requirements(List<ContractView.RequirementView> before, List<ContractView.RequirementView> after) {
        Map<String, ContractView.RequirementView> old = byId(before);
        Map<String, ContractView.RequirementView> now = byId(after);
        List<ContractView.RequirementView> removed = new ArrayList<>(old.values().stream().filter(r -> !now.containsKey(r.id())).toList());
        List<ContractView.RequirementView> added = new ArrayList<>(now.values().stream().filter(r -> !old.containsKey(r.id())).toList());
        for (ContractView.RequirementView gone : List.copyOf(removed)) {
            added.stream().filter(n -> n.text().plain().equals(gone.text().plain())).findFirst().ifPresent(renamed -> {
                changes.add(new Change(Change.Kind.RENAMED, renamed.id(), gone.id(), renamed.id(), "same words, new ID"));
                compare(gone, renamed);
                removed.remove(gone);
                added.remove(renamed);
            });
        }
        removed.forEach(r -> changes.add(new Change(Change.Kind.REMOVED, r.id(), describe(r), "", "")));
        for (ContractView.RequirementView r : after) {
            if (added.contains(r)) {
                changes.add(new Change(Change.Kind.ADDED, r.id(), "", describe(r), ""));
            } else if (old.containsKey(r.id())) {
                compare(old.get(r.id()), r);
            }
        }
    }

    private void compare(ContractView.RequirementView a, ContractView.RequirementView b) {
        String id = b.id();
        if (a.modality() != b.modality()) {
            int from = strength(a.modality());
            int to = strength(b.modality());
            Change.Kind kind = to > from ? Change.Kind.WEAKENED : to < from ? Change.Kind.STRENGTHENED : Change.Kind.MODALITY;
            String note = kind == Change.Kind.WEAKENED ? "a " + a.modality().keyword() + " weakened to a " + b.modality().keyword()
                    + ": " + consequence(a, b) : "";
            changes.add(new Change(kind, id, a.modality().keyword(), b.modality().keyword(), note));
        }
        if (!Objects.equals(a.weightText(), b.weightText())) {
            changes.add(new Change(Change.Kind.WEIGHT, id, a.weightText(), b.weightText(), ""));
        }
        if (!Objects.equals(a.dueText(), b.dueText())) {
            changes.add(new Change(Change.Kind.DUE, id, a.dueText(), b.dueText(), ""));
        }
        if (!a.text().plain().equals(b.text().plain())) {
            changes.add(new Change(Change.Kind.REWORDED, id, a.text().plain(), b.text().plain(), ""));
        }
        if (!a.ref().equals(b.ref())) {
            changes.add(new Change(Change.Kind.REFERENCE, id, a.ref(), b.ref(), ""));
        }
        if (!a.section().equals(b.section()) && !sectionRenumbered(a.section(), b.section())) {
            changes.add(new Change(Change.Kind.MOVED, id, a.section(), b.section(), ""));
        }
    }

    /** Bidders must meet a must; the rest they may miss, so going down this order is a weakening. */
    private static int strength(Modality m) {
        return switch (m) {
            case MUST -> 0;
            case WILL -> 1;
            case SHOULD -> 2;
            case OPTION -> 3;
            case MAY -> 4;
            case QUESTION -> 5;
        };
    }

    private static String consequence(ContractView.RequirementView a, ContractView.RequirementView b) {
        if (a.kind() == Modality.Kind.MANDATORY) {
            return "not meeting it no longer disqualifies a bidder or breaches the contract";
        }
        return "it counts for less in the evaluation";
    }

    /** "2 Services" and "3 Services": the same section, numbered anew because one was added before it. */
    private static boolean sectionRenumbered(String a, String b) {
        return a.replaceFirst("^[\\d.]+\\s*", "").equals(b.replaceFirst("^[\\d.]+\\s*", ""));
    }

    private void slas(Map<String, SlaView> before, Map<String, SlaView> after) {
        for (String id : union(before.keySet(), after.keySet())) {
            SlaView a = before.get(id);
            SlaView b = after.get(id);
            String subject = "SLA " + id;
            if (a == null || b == null) {
                changes.add(new Change(a == null ? Change.Kind.ADDED : Change.Kind.REMOVED, subject, a == null ? "" : a.title(),
                        b == null ? "" : b.title(), ""));
                continue;
            }
            SlaFigures.compare(subject, a, b, changes);
        }
    }

    private void clauses(Map<String, ContractView.ClauseView> before, Map<String, ContractView.ClauseView> after) {
        for (String id : union(before.keySet(), after.keySet())) {
            ContractView.ClauseView a = before.get(id);
            ContractView.ClauseView b = after.get(id);
            if (a == null || b == null) {
                changes.add(new Change(a == null ? Change.Kind.ADDED : Change.Kind.REMOVED, "clause " + id,
                        a == null ? "" : a.title(), b == null ? "" : b.title(), ""));
            } else if (!a.text().plain().equals(b.text().plain()) || !a.origin().equals(b.origin())) {
                changes.add(new Change(Change.Kind.CLAUSE, "clause " + id, a.text().plain(), b.text().plain(), againstLibrary(a, b)));
            }
        }
    }

    /** Whether the clause left, kept or came back to its library's standard wording. */
    private static String againstLibrary(ContractView.ClauseView a, ContractView.ClauseView b) {
        boolean wasStandard = a.origin().startsWith("Standard wording");
        boolean isStandard = b.origin().startsWith("Standard wording");
        if (wasStandard && !isStandard) {
            return "now its own wording instead of the library's standard";
        }
        if (!wasStandard && isStandard) {
            return "now the library's standard wording";
        }
        return isStandard ? "still the library's standard wording, with other placeholder values or from another library version"
                : "its own wording changed";
    }

    private static Map<String, ContractView.RequirementView> byId(List<ContractView.RequirementView> requirements) {
        Map<String, ContractView.RequirementView> map = new LinkedHashMap<>();
        requirements.forEach(r -> map.putIfAbsent(r.id(), r));
        return map;
    }

    static List<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    private static String describe(ContractView.RequirementView r) {
        return r.modality().keyword() + " (" + r.marker() + "): " + r.text().plain();
    }
}
