package cspec.core.catalog;

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

    /**
     * Every definition of a profile ID the contract can see, the one {@link #profile} returns
     * first: a workspace profile comes before a built-in one with the same ID.
     */
    default List<ProfileEntry> profileDefinitions(String id) {
        return profile(id).map(List::of).orElse(List.of());
    }

    /** Every library clause with this ID, the one {@link #clause} returns first. */
    default List<ClauseEntry> clauseDefinitions(String id) {
        return clause(id).map(List::of).orElse(List.of());
    }

    /** Where a profile comes from: its file and, for a built-in, the version that diagnostics name. */
    record ProfileEntry(Profile profile, SourceText source, boolean builtIn, String version) {
        /** How messages and hovers name it: "profile `soc-services` 1.0.0 (built in)" or with its file. */
        public String describe() {
            return "profile `" + profile.id().text() + "`" + (builtIn ? " " + version + " (built in)" : " (" + source.name() + ")");
        }
    }

    /** A library clause with the library and file it comes from. */
    record ClauseEntry(Clause clause, Library library, SourceText source, boolean builtIn, String version) {
        /** How messages and hovers name its library: "library `mssp-clauses` 1.0.0 (built in)" or with its file. */
        public String describeLibrary() {
            return "library `" + library.id().text() + "`" + (builtIn ? " " + version + " (built in)" : " (" + source.name() + ")");
        }

        /** The section its quick fix inserts it into: the {@code (section ID)} argument, if any. */
        public java.util.Optional<String> sectionHint() {
            return clause.argument("section").map(Clause.Argument::value);
        }

        /** The clause's title, falling back to its ID. */
        public String titleOrId() {
            return clause.title() != null ? clause.title().value() : clause.id().text();
        }
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
