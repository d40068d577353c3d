package cspec.core.catalog;

import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Outline;
import cspec.core.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two workspace files defining the profile or a library clause a contract relies on: cspec
 * takes the first by precedence, but the contract's meaning should not hang on file order, so
 * the contract gets {@code duplicate-id} on its reference, with each definition as a related
 * location. A definition the contract names itself through {@code uses} settles the choice.
 */
final class Ambiguities {
    private Ambiguities() {
    }

    static List<Diagnostic> find(Contract contract, Config config, Catalog catalog, List<Path> usesFiles) {
        List<Diagnostic> found = new ArrayList<>();
        ProfileChoice.of(contract, config.defaultProfile())
                .flatMap(choice -> profileConflict(catalog, choice.id(), choice.at(), usesFiles))
                .ifPresent(found::add);
        for (Outline.Placed<Clause> placed : Outline.of(contract).clauses()) {
            Ident id = placed.item().id();
            List<Source> sources = new ArrayList<>();
            for (Catalog.ClauseEntry e : catalog.clauseDefinitions(id.text())) {
                if (!e.builtIn()) {
                    sources.add(new Source(e.source().name(), e.clause().id().span(), e.describeLibrary()));
                }
            }
            conflict("Clause", id.text(), id.span(), sources, usesFiles).ifPresent(found::add);
        }
        return found;
    }

    private record Source(String name, Span span, String description) {
    }

    private static Optional<Diagnostic> profileConflict(Catalog catalog, String id, Span at, List<Path> usesFiles) {
        List<Source> sources = new ArrayList<>();
        for (Catalog.ProfileEntry e : catalog.profileDefinitions(id)) {
            if (!e.builtIn()) {
                sources.add(new Source(e.source().name(), e.profile().id().span(), e.describe()));
            }
        }
        return conflict("Profile", id, at, sources, usesFiles);
    }

    private static Optional<Diagnostic> conflict(String kind, String id, Span at, List<Source> sources, List<Path> usesFiles) {
        Map<String, Source> byFile = new LinkedHashMap<>();
        sources.forEach(s -> byFile.putIfAbsent(s.name(), s));
        if (byFile.size() < 2) {
            return Optional.empty();
        }
        Source winner = byFile.values().iterator().next();
        if (usesFiles.stream().anyMatch(p -> p.toString().equals(winner.name()))) {
            return Optional.empty();
        }
        Diagnostic d = Diagnostic.of(Rule.DUPLICATE_ID, at, kind + " `" + id + "` is defined in " + byFile.size()
                + " workspace files, and cspec uses the one in " + winner.name()
                + ": rename the others, or name the file you mean with `uses \"path\"` in the contract header.");
        for (Source s : byFile.values()) {
            d = d.withRelated(new RelatedLocation(s.name(), s.span(), kind + " `" + id + "` in " + s.description() + "."));
        }
        return Optional.of(d);
    }
}
