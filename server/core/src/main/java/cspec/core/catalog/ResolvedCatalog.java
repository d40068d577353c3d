package cspec.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog {@link CatalogResolver} builds: entries added in precedence order (the contract's
 * uses files, cspec.json paths, the workspace scan, then the built-ins), so that for each ID the
 * first definition wins and the others stay visible for duplicate reports.
 */
final class ResolvedCatalog implements Catalog {
    private final Map<String, List<ProfileEntry>> profiles = new LinkedHashMap<>();
    private final Map<String, List<ClauseEntry>> clauses = new LinkedHashMap<>();

    void add(ProfileEntry entry) {
        profiles.computeIfAbsent(entry.profile().id().text(), k -> new ArrayList<>()).add(entry);
    }

    void add(ClauseEntry entry) {
        clauses.computeIfAbsent(entry.clause().id().text(), k -> new ArrayList<>()).add(entry);
    }

    @Override
    public Optional<ProfileEntry> profile(String id) {
        return profileDefinitions(id).stream().findFirst();
    }

    @Override
    public Optional<ClauseEntry> clause(String id) {
        return clauseDefinitions(id).stream().findFirst();
    }

    @Override
    public Collection<ProfileEntry> profiles() {
        return profiles.values().stream().map(list -> list.get(0)).toList();
    }

    @Override
    public Collection<ClauseEntry> clauses() {
        return clauses.values().stream().map(list -> list.get(0)).toList();
    }

    @Override
    public List<ProfileEntry> profileDefinitions(String id) {
        return List.copyOf(profiles.getOrDefault(id, List.of()));
    }

    @Override
    public List<ClauseEntry> clauseDefinitions(String id) {
        return List.copyOf(clauses.getOrDefault(id, List.of()));
    }
}
