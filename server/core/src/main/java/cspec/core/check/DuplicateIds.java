package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Library;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code duplicate-id}: requirements, sections, SLAs and clauses share one namespace in a
 * contract, because {@code [X]} may point at any of them; severities and metrics share one per
 * SLA; a library's clauses share one. Every repeat is reported at its ID, related to the first.
 */
public final class DuplicateIds implements Check {
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Outline outline = context.outline();
        if (context.contract().isPresent()) {
            List<List<Named>> kinds = contractIds(outline);
            if (anyRepeated(kinds)) {
                reportRepeats(inDocumentOrder(kinds), "in this contract", report);
            }
            for (Outline.Placed<Sla> sla : outline.slas()) {
                checkSla(sla.item(), report);
            }
        } else if (context.file().document() instanceof Library library) {
            List<Named> ids = new ArrayList<>();
            for (Clause clause : library.clauses()) {
                ids.add(new Named(clause.id(), "clause"));
            }
            reportRepeats(ids, "in this library", report);
        }
    }

    /** The IDs of the contract's one namespace, kind by kind, each kind in document order. */
    private static List<List<Named>> contractIds(Outline outline) {
        return List.of(
                named(outline.sections().stream().map(p -> p.item().id()), "section"),
                named(outline.requirements().stream().flatMap(p -> p.item().optionalId().stream()), "requirement"),
                named(outline.slas().stream().map(p -> p.item().id()), "SLA"),
                named(outline.backgrounds().stream().map(p -> p.item().id()).filter(Objects::nonNull), "background"),
                named(outline.clauses().stream().map(p -> p.item().id()), "clause"));
    }

    /**
     * Whether two IDs are the same text. Most contracts have no repeat, and one set tells so
     * without merging the kinds' lists into document order (issue 13: the merge was most of this
     * check's time).
     */
    private static boolean anyRepeated(List<List<Named>> kinds) {
        Set<String> seen = new HashSet<>();
        for (List<Named> kind : kinds) {
            for (Named named : kind) {
                if (named.id() != null && !seen.add(named.id().text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Named(Ident id, String kind) {
    }

    /** The IDs of one kind, in the outline's order (document order). */
    private static List<Named> named(Stream<Ident> ids, String kind) {
        return ids.map(id -> new Named(id, kind)).toList();
    }

    /**
     * The IDs of every kind in the order they stand in the file. The outline lists each kind in
     * document order already, so the lists are merged, not sorted; where two IDs start at the
     * same place, the earlier kind comes first, as a stable sort of the lists joined would give.
     */
    private static List<Named> inDocumentOrder(List<List<Named>> kinds) {
        int[] next = new int[kinds.size()];
        List<Named> merged = new ArrayList<>();
        while (true) {
            int earliest = -1;
            for (int k = 0; k < kinds.size(); k++) {
                if (next[k] < kinds.get(k).size() && (earliest < 0
                        || start(kinds.get(k).get(next[k])) < start(kinds.get(earliest).get(next[earliest])))) {
                    earliest = k;
                }
            }
            if (earliest < 0) {
                return merged;
            }
            merged.add(kinds.get(earliest).get(next[earliest]++));
        }
    }

    private static int start(Named named) {
        return named.id().span().start();
    }

    private static void checkSla(Sla sla, Consumer<Diagnostic> report) {
        List<Named> severities = sla.all(SlaLine.SeverityLevel.class).map(s -> new Named(s.id(), "severity")).toList();
        List<Named> metrics = sla.all(SlaLine.Metric.class).map(m -> new Named(m.id(), "metric")).toList();
        reportRepeats(severities, "in SLA `" + sla.id().text() + "`", report);
        reportRepeats(metrics, "in SLA `" + sla.id().text() + "`", report);
    }

    private static void reportRepeats(List<Named> ids, String where, Consumer<Diagnostic> report) {
        Map<String, Named> first = new HashMap<>();
        List<Named> present = ids.stream().filter(n -> n.id() != null).toList();
        Set<String> taken = null; // every ID in use, for the renaming fix: gathered at the first repeat, which most files lack
        for (Named named : present) {
            Named earlier = first.putIfAbsent(named.id().text(), named);
            if (earlier == null) {
                continue;
            }
            if (taken == null) {
                taken = new HashSet<>();
                for (Named n : present) {
                    taken.add(n.id().text());
                }
            }
            String text = named.id().text();
            Diagnostic d = Diagnostic.of(Rule.DUPLICATE_ID, named.id().span(),
                    "The ID `" + text + "` is already used by a " + earlier.kind() + " " + where
                            + ": give this " + named.kind() + " an ID of its own so references to `" + text
                            + "` are unambiguous.")
                    .withRelated(RelatedLocation.here(earlier.id().span(), "`" + text + "` is first used here."));
            String free = nextFree(text, taken);
            if (free != null) {
                taken.add(free);
                d = d.withFix(Fix.onRequest("Rename to `" + free + "`", new TextEdit(named.id().span(), free)));
            }
            report.accept(d);
        }
    }

    /** For an ID ending in a number (MON-2), the next number with the same prefix that no item uses. */
    private static String nextFree(String id, Set<String> taken) {
        Matcher m = NUMBERED.matcher(id);
        if (!m.matches()) {
            return null;
        }
        String prefix = m.group(1);
        int n = Integer.parseInt(m.group(2).length() > 9 ? "1" : m.group(2));
        String candidate;
        do {
            n++;
            candidate = prefix + n;
        } while (taken.contains(candidate));
        return candidate;
    }
}
