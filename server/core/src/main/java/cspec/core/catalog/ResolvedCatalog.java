package cspec.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalog {@link CatalogResolver} builds: the workspace's entries added in precedence order
 * (the contract's uses files, cspec.json paths, the workspace scan), laid over the built-ins, so
 * that for each ID the first definition wins and the others stay visible for duplicate reports.
 * The built-ins are asked for only when a lookup gets past the workspace's entries, so a contract
 * that names no profile and no clause never parses them.
 */
final class ResolvedCatalog implements Catalog {
    private final Map<String, List<ProfileEntry>> profiles = new LinkedHashMap<>();
    private final Map<String, List<ClauseEntry>> clauses = new LinkedHashMap<>();
    private final Supplier<ResolvedCatalog> below;
    private final java.util.function.Predicate<String> belowMayHoldProfile;

    /** A catalog with nothing below it (the built-ins' own). */
    ResolvedCatalog() {
        this(() -> null, id -> false);
    }

    /**
     * A catalog laid over another, read only when needed; belowMayHoldProfile answers without
     * reading it whether it can define a profile ID at all.
     */
    ResolvedCatalog(Supplier<ResolvedCatalog> below, java.util.function.Predicate<String> belowMayHoldProfile) {
        this.below = below;
        this.belowMayHoldProfile = belowMayHoldProfile;
    }

    void add(ProfileEntry entry) {
        profiles.computeIfAbsent(entry.profile().id().text(), k -> new ArrayList<>()).add(entry);
    }

    void add(ClauseEntry entry) {
        clauses.computeIfAbsent(entry.clause().id().text(), k -> new ArrayList<>()).add(entry);
    }

    @Override
    public Optional<ProfileEntry> profile(String id) {
        List<ProfileEntry> own = profiles.get(id);
        if (own != null) {
            return Optional.of(own.get(0));
        }
        return belowMayHoldProfile.test(id) ? below().flatMap(b -> b.profile(id)) : Optional.empty();
    }

    @Override
    public Optional<ClauseEntry> clause(String id) {
        List<ClauseEntry> own = clauses.get(id);
        if (own != null) {
            return Optional.of(own.get(0));
        }
        return below().flatMap(b -> b.clause(id));
    }

    @Override
    public Collection<ProfileEntry> profiles() {
        List<ProfileEntry> all = new ArrayList<>(profiles.values().stream().map(list -> list.get(0)).toList());
        below().ifPresent(b -> b.profiles().stream().filter(e -> !profiles.containsKey(e.profile().id().text()))
                .forEach(all::add));
        return all;
    }

    @Override
    public Collection<ClauseEntry> clauses() {
        List<ClauseEntry> all = new ArrayList<>(clauses.values().stream().map(list -> list.get(0)).toList());
        below().ifPresent(b -> b.clauses().stream().filter(e -> !clauses.containsKey(e.clause().id().text()))
                .forEach(all::add));
        return all;
    }

    @Override
    public List<ProfileEntry> profileDefinitions(String id) {
        List<ProfileEntry> all = new ArrayList<>(profiles.getOrDefault(id, List.of()));
        if (belowMayHoldProfile.test(id)) {
            below().ifPresent(b -> all.addAll(b.profileDefinitions(id)));
        }
        return List.copyOf(all);
    }

    @Override
    public List<ClauseEntry> clauseDefinitions(String id) {
        List<ClauseEntry> all = new ArrayList<>(clauses.getOrDefault(id, List.of()));
        below().ifPresent(b -> all.addAll(b.clauseDefinitions(id)));
        return List.copyOf(all);
    }

    private Optional<ResolvedCatalog> below() {
        return Optional.ofNullable(below.get());
    }
}
