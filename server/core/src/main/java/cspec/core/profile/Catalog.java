package cspec.core.profile;

import cspec.core.syntax.Clause;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.text.SourceText;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The profiles and library clauses one contract can see: the built-ins, the workspace's, and
 * those its {@code uses} lines name. Built by {@link CatalogResolver}; a value, safe to share.
 */
public interface Catalog {
    Optional<ProfileEntry> profile(String id);

    Optional<ClauseEntry> clause(String id);

    Collection<ProfileEntry> profiles();

    Collection<ClauseEntry> clauses();

    /** Where a profile comes from: its file and, for a built-in, the version that diagnostics name. */
    record ProfileEntry(Profile profile, SourceText source, boolean builtIn, String version) {
    }

    /** A library clause with the library and file it comes from. */
    record ClauseEntry(Clause clause, Library library, SourceText source, boolean builtIn, String version) {
    }

    Catalog EMPTY = new Catalog() {
        public Optional<ProfileEntry> profile(String id) {
            return Optional.empty();
        }

        public Optional<ClauseEntry> clause(String id) {
            return Optional.empty();
        }

        public Collection<ProfileEntry> profiles() {
            return List.of();
        }

        public Collection<ClauseEntry> clauses() {
            return List.of();
        }
    };
}
