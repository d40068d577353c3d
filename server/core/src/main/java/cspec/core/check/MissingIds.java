package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code missing-id}: a requirement without an ID cannot be referred to, scored or traced. The
 * fix inserts the next ID with the prefix its sibling requirements use (MON-1, MON-2 give MON-3),
 * else one made from the enclosing section's ID (services gives SERVICES-1), else REQ-1. "Next"
 * means one past the highest number in use, so a deleted ID is never handed out again, and IDs
 * are handed out in document order, so fixing every finding never creates a duplicate.
 */
public final class MissingIds implements Check {
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d{1,9})");

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        Outline outline = context.outline();
        if (outline.requirements().stream().allMatch(p -> p.item().id() != null)) {
            return; // the usual case: every requirement has its ID, and nothing below needs working out
        }
        Set<String> taken = UnknownReferences.knownIds(outline);
        Map<String, Integer> highest = new HashMap<>();
        for (String id : taken) {
            Matcher m = NUMBERED.matcher(id);
            if (m.matches()) {
                highest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
            }
        }
        for (Group group : bySection(outline)) {
            List<Requirement> siblings = group.requirements();
            String[] prefixes = nearestPrefixes(siblings);
            for (int i = 0; i < siblings.size(); i++) {
                Requirement requirement = siblings.get(i);
                if (requirement.id() == null) {
                    String prefix = prefixes[i] != null ? prefixes[i] : group.fallbackPrefix();
                    int n = highest.merge(prefix, 1, Integer::sum);
                    report.accept(missing(requirement, prefix + n));
                }
            }
        }
    }

    private static Diagnostic missing(Requirement requirement, String id) {
        String keyword = requirement.modality().keyword();
        Diagnostic d = Diagnostic.of(Rule.MISSING_ID, requirement.modalityKeyword(),
                "This `" + keyword + "` requirement has no ID, so nothing can refer to it or score it: write one after `"
                        + keyword + "`, such as `" + id + "`.");
        return d.withFix(Fix.safe("Insert the ID `" + id + "`", TextEdit.insert(requirement.modalityKeyword().end(), " " + id)));
    }

    /** The requirements one section directly holds (parent null: the top level). */
    private record Group(Section parent, List<Requirement> requirements) {
        String fallbackPrefix() {
            return parent == null || parent.id() == null ? "REQ-" : parent.id().text().toUpperCase(Locale.ROOT) + "-";
        }
    }

    /** Requirements grouped by the section that directly holds them, in document order. */
    private static List<Group> bySection(Outline outline) {
        Map<Object, Group> groups = new IdentityHashMap<>();
        List<Group> ordered = new ArrayList<>();
        Object topLevel = new Object();
        for (Outline.Placed<Requirement> placed : outline.requirements()) {
            Section parent = placed.parent().orElse(null);
            Group group = groups.get(parent == null ? topLevel : parent);
            if (group == null) {
                group = new Group(parent, new ArrayList<>());
                groups.put(parent == null ? topLevel : parent, group);
                ordered.add(group);
            }
            group.requirements().add(placed.item());
        }
        return ordered;
    }

    /** For each requirement, the prefix of the nearest numbered sibling ID (preceding ones win ties). */
    private static String[] nearestPrefixes(List<Requirement> siblings) {
        int n = siblings.size();
        String[] before = new String[n];
        int[] beforeAt = new int[n];
        String[] result = new String[n];
        String last = null;
        int lastAt = -1;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            beforeAt[i] = lastAt;
            String p = prefixOf(siblings.get(i).id());
            if (p != null) {
                last = p;
                lastAt = i;
            }
        }
        String next = null;
        int nextAt = -1;
        for (int i = n - 1; i >= 0; i--) {
            boolean useBefore = before[i] != null && (next == null || i - beforeAt[i] <= nextAt - i);
            result[i] = useBefore ? before[i] : next;
            String p = prefixOf(siblings.get(i).id());
            if (p != null) {
                next = p;
                nextAt = i;
            }
        }
        return result;
    }

    private static String prefixOf(Ident id) {
        if (id == null) {
            return null;
        }
        Matcher m = NUMBERED.matcher(id.text());
        return m.matches() && !m.group(1).isEmpty() ? m.group(1) : null;
    }
}
