package cspec.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flattened view of one document for checks and editor features: every section, requirement,
 * background, SLA, clause and definition, each with the chain of sections that holds it, in document order.
 * Derived from the tree once; the tree stays the source of truth.
 */
public final class Outline {
    /** An item and the sections around it, outermost first. */
    public record Placed<T>(T item, List<Section> path) {
        public Optional<Section> parent() {
            return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
        }
    }

    private final List<Placed<Section>> sections = new ArrayList<>();
    private final List<Placed<Requirement>> requirements = new ArrayList<>();
    private final List<Placed<Sla>> slas = new ArrayList<>();
    private final List<Placed<Clause>> clauses = new ArrayList<>();
    private final List<Placed<Background>> backgrounds = new ArrayList<>();
    private final List<Definitions.Definition> definitions = new ArrayList<>();
    private final List<Prose> prose = new ArrayList<>();

    private Outline() {
    }

    /** The outline of a file in which nothing was recognised. */
    public static Outline empty() {
        return new Outline();
    }

    public static Outline of(Document document) {
        Outline outline = new Outline();
        if (document instanceof Contract contract) {
            outline.walk(contract.items(), List.of());
        } else if (document instanceof Library library) {
            for (Clause clause : library.clauses()) {
                outline.clauses.add(new Placed<>(clause, List.of()));
                if (clause.prose() != null) {
                    outline.prose.add(clause.prose());
                }
            }
        } else if (document instanceof Profile profile) {
            for (Profile.Expectation e : profile.expectations()) {
                if (e.guidance() != null) {
                    outline.prose.add(e.guidance());
                }
            }
        }
        return outline;
    }

    private void walk(List<Item> items, List<Section> path) {
        for (Item item : items) {
            if (item instanceof Section section) {
                sections.add(new Placed<>(section, path));
                List<Section> inner = new ArrayList<>(path);
                inner.add(section);
                walk(section.items(), List.copyOf(inner));
            } else if (item instanceof Requirement requirement) {
                requirements.add(new Placed<>(requirement, path));
                prose.add(requirement.prose());
            } else if (item instanceof Sla sla) {
                slas.add(new Placed<>(sla, path));
                for (SlaItem slaItem : sla.items()) {
                    if (slaItem instanceof Requirement requirement) {
                        requirements.add(new Placed<>(requirement, path));
                        prose.add(requirement.prose());
                    } else if (slaItem instanceof SlaLine.SeverityLevel level && level.prose() != null) {
                        prose.add(level.prose());
                    }
                }
            } else if (item instanceof Background background) {
                backgrounds.add(new Placed<>(background, path));
                prose.add(background.prose());
            } else if (item instanceof Clause clause) {
                clauses.add(new Placed<>(clause, path));
                if (clause.prose() != null) {
                    prose.add(clause.prose());
                }
            } else if (item instanceof Definitions block) {
                for (Definitions.Definition definition : block.entries()) {
                    definitions.add(definition);
                    prose.add(definition.prose());
                }
            }
        }
    }

    public List<Placed<Section>> sections() {
        return sections;
    }

    public List<Placed<Requirement>> requirements() {
        return requirements;
    }

    public List<Placed<Sla>> slas() {
        return slas;
    }

    public List<Placed<Clause>> clauses() {
        return clauses;
    }

    /** Background text (purpose statements, recitals), which obliges nobody. */
    public List<Placed<Background>> backgrounds() {
        return backgrounds;
    }

    /** Definitions from definitions blocks, in order (inline definitions are found in prose by analysis). */
    public List<Definitions.Definition> definitions() {
        return definitions;
    }

    /** Every piece of prose in document order: requirements, severities, clauses, definitions, guidance. */
    public List<Prose> prose() {
        return prose;
    }
}
