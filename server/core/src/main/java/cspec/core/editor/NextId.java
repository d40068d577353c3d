package cspec.core.editor;

import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.text.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The next free ID where one is being typed: after a modality, the prefix the sibling
 * requirements use (else one made from the section ID) and one past the highest number with that
 * prefix anywhere in the contract; after {@code severity}, the next free P-level of the SLA.
 */
final class NextId {
    private NextId() {
    }

    static Candidate candidate(DocumentIndex index, int offset, Span partial) {
        Enclosing enclosing = Enclosing.at(index.analysis().file().document(), offset);
        String prefix = siblingPrefix(enclosing.siblings());
        if (prefix == null) {
            prefix = fromBlock(enclosing.block());
        }
        int highest = 0;
        for (Declaration d : index.declarations()) {
            Ids.Numbered n = Ids.numbered(d.name().text());
            if (d.name().kind() == Name.Kind.ID && n != null && n.prefix().equals(prefix)) {
                highest = Math.max(highest, n.number());
            }
        }
        String id = prefix + (highest + 1);
        return new Candidate(id, Candidate.Kind.ID, "next free requirement ID", null, id, false, partial);
    }

    static Candidate severity(DocumentIndex index, int offset, Span partial) {
        Enclosing enclosing = Enclosing.at(index.analysis().file().document(), offset);
        int highest = 0;
        if (enclosing.block() instanceof Sla sla) {
            for (SlaLine.SeverityLevel level : sla.all(SlaLine.SeverityLevel.class).toList()) {
                Ids.Numbered n = level.id() == null ? null : Ids.numbered(level.id().text());
                if (n != null && n.prefix().equals("P")) {
                    highest = Math.max(highest, n.number());
                }
            }
        }
        String id = "P" + (highest + 1);
        String snippet = id + " \"${1:Label}\" response within ${2:1 hour} resolution within ${3:8 hours}";
        return new Candidate(id, Candidate.Kind.ID, "next severity level", null, snippet, true, partial);
    }

    /** The prefix most sibling requirements share, as MON- for MON-1 and MON-2; null if none. */
    private static String siblingPrefix(List<?> siblings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object item : siblings) {
            if (item instanceof Requirement r && r.id() != null) {
                Ids.Numbered n = Ids.numbered(r.id().text());
                if (n != null && !n.prefix().isEmpty()) {
                    counts.merge(n.prefix(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** SERVICES- for a section services; REQ- at the top level. */
    private static String fromBlock(Object block) {
        String base = block instanceof Section s && s.id() != null ? s.id().text()
                : block instanceof Sla sla && sla.id() != null ? sla.id().text() : "REQ";
        String last = base.contains(".") ? base.substring(base.lastIndexOf('.') + 1) : base;
        return last.toUpperCase(Locale.ROOT) + "-";
    }
}
