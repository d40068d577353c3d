package cspec.core.editor;

import cspec.core.catalog.Catalog;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Section;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order library clauses are offered in after {@code clause}: first those whose section hint
 * is the section around the cursor, then those the profile requires and the contract lacks, then
 * those it recommends and the contract lacks, then the rest; clauses the contract already has come
 * last. Within each group, by ID.
 */
final class ClauseRanking {
    private ClauseRanking() {
    }

    static List<Catalog.ClauseEntry> ranked(DocumentIndex index, int offset, String defaultProfile) {
        String section = enclosingSection(index, offset);
        Set<String> present = new HashSet<>();
        for (Outline.Placed<Clause> placed : index.outline().clauses()) {
            present.add(placed.item().id().text());
        }
        Set<String> required = new HashSet<>();
        Set<String> recommended = new HashSet<>();
        index.profile(defaultProfile).ifPresent(p -> {
            for (Profile.Expectation e : p.profile().expectations()) {
                if (e.kind() == Profile.Kind.CLAUSE && e.id() != null) {
                    (e.strength() == Profile.Strength.REQUIRES ? required : recommended).add(e.id().text());
                }
            }
        });
        Comparator<Catalog.ClauseEntry> byRank = Comparator.comparingInt(entry -> {
            String id = entry.clause().id().text();
            if (present.contains(id)) {
                return 4;
            }
            if (section != null && entry.sectionHint().filter(section::equals).isPresent()) {
                return 0;
            }
            return required.contains(id) ? 1 : recommended.contains(id) ? 2 : 3;
        });
        return index.analysis().catalog().clauses().stream()
                .sorted(byRank.thenComparing(entry -> entry.clause().id().text()))
                .toList();
    }

    /** The ID of the innermost section around the offset, or null at the top level. */
    private static String enclosingSection(DocumentIndex index, int offset) {
        Optional<Section> innermost = index.outline().sections().stream()
                .map(Outline.Placed::item)
                .filter(s -> s.span().start() < offset && offset < s.span().end())
                .reduce((outer, inner) -> inner);
        return innermost.map(s -> s.id().text()).orElse(null);
    }
}
