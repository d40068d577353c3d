package cspec.procurement.model;

import cspec.core.catalog.Catalog;
import cspec.core.drafting.ClauseText;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Background;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Item;
import cspec.core.syntax.Modality;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.text.SourceText;
import cspec.procurement.LoadedContract;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link ContractView} of a contract: a pure function of its tree, text and catalog. */
public final class ContractViews {
    private final SourceText source;
    private final Catalog catalog;
    private final RoleWords roles;
    private final List<ContractView.Term> definitions = new ArrayList<>();
    private final List<ContractView.RequirementView> requirements = new ArrayList<>();

    private ContractViews(SourceText source, Catalog catalog, RoleWords roles) {
        this.source = source;
        this.catalog = catalog;
        this.roles = roles;
    }

    public static ContractView of(LoadedContract loaded) {
        return of(loaded.contract(), loaded.source(), loaded.catalog());
    }

    public static ContractView of(Contract contract, SourceText source, Catalog catalog) {
        ContractViews views = new ContractViews(source, catalog, RoleWords.of(contract));
        List<ContractView.Part> body = views.parts(contract.items(), "", "", 1);
        String version = versionOf(contract);
        return new ContractView(contract.title() == null ? "Contract" : contract.title().value(), TitleBlock.of(contract, source),
                views.definitions, body, views.requirements, summary(views.requirements), version,
                RequirementsHash.of(views.requirements));
    }

    private static String versionOf(Contract contract) {
        return contract.fields().stream()
                .filter(f -> f instanceof HeaderField.Text t && t.name().equals("version") && t.value() != null)
                .map(f -> ((HeaderField.Text) f).value().value()).findFirst().orElse("unversioned");
    }

    private List<ContractView.Part> parts(List<Item> items, String numberPrefix, String sectionLabel, int depth) {
        List<ContractView.Part> parts = new ArrayList<>();
        int sections = 0;
        for (Item item : items) {
            if (item instanceof Section section) {
                String number = numberPrefix + ++sections;
                String title = section.title() == null ? section.id().text() : section.title().value();
                List<ContractView.Part> inner = parts(section.items(), number + ".", number + " " + title, depth + 1);
                parts.add(new ContractView.Part(new ContractView.SectionView(number, section.id().text(), title, depth, inner),
                        null, null, null, null));
            } else if (item instanceof Requirement requirement) {
                parts.add(new ContractView.Part(null, requirement(requirement, sectionLabel), null, null, null));
            } else if (item instanceof Background background) {
                parts.add(new ContractView.Part(null, null, new ContractView.BackgroundView(
                        background.id() == null ? "" : background.id().text(),
                        background.sourceRef() == null ? "" : background.sourceRef().number().value(),
                        Text.of(background.prose(), source)), null, null));
            } else if (item instanceof Sla sla) {
                parts.add(new ContractView.Part(null, null, null, SlaViews.of(sla, source, r -> requirement(r, sectionLabel)), null));
            } else if (item instanceof Clause clause) {
                parts.add(new ContractView.Part(null, null, null, null, clause(clause)));
            } else if (item instanceof Definitions block) {
                block.entries().forEach(d -> definitions.add(new ContractView.Term(d.term().value(), Text.of(d.prose(), source))));
            }
        }
        return parts;
    }

    private ContractView.RequirementView requirement(Requirement r, String sectionLabel) {
        ContractView.RequirementView view = new ContractView.RequirementView(r.id() == null ? "" : r.id().text(),
                r.sourceRef().map(s -> s.number().value()).orElse(""), sectionLabel, r.modality(),
                r.weight().map(Requirement.Attribute.Weight::value).orElse(null),
                r.by().map(Requirement.Attribute.By::date).orElse(null), Text.of(r.prose(), source));
        requirements.add(view);
        return view;
    }

    private ContractView.ClauseView clause(Clause clause) {
        Optional<Catalog.ClauseEntry> entry = catalog.clause(clause.id().text());
        String title = clause.title() != null ? clause.title().value()
                : entry.map(Catalog.ClauseEntry::titleOrId).orElse(clause.id().text());
        if (clause.prose() != null) {
            return new ContractView.ClauseView(clause.id().text(), title, Text.of(clause.prose(), source), "");
        }
        if (entry.isEmpty()) {
            return new ContractView.ClauseView(clause.id().text(), title, new Text(List.of()),
                    "No library has this clause, so it has no wording yet.");
        }
        List<Text.Block> paragraphs = ClauseText.filledWording(entry.get(), ClauseText.values(clause), roles).stream()
                .map(p -> new Text.Block(p, null)).toList();
        return new ContractView.ClauseView(clause.id().text(), title, new Text(paragraphs),
                "Standard wording of " + entry.get().describeLibrary().replace("`", "") + ".");
    }

    private static ContractView.Summary summary(List<ContractView.RequirementView> all) {
        BigDecimal ratedWeight = BigDecimal.ZERO;
        BigDecimal questionWeight = BigDecimal.ZERO;
        int[] counts = new int[Modality.Kind.values().length];
        for (ContractView.RequirementView r : all) {
            counts[r.kind().ordinal()]++;
            if (r.weight() != null && r.kind() == Modality.Kind.RATED) {
                ratedWeight = ratedWeight.add(r.weight());
            } else if (r.weight() != null && r.kind() == Modality.Kind.QUESTION) {
                questionWeight = questionWeight.add(r.weight());
            }
        }
        return new ContractView.Summary(counts[Modality.Kind.MANDATORY.ordinal()], counts[Modality.Kind.RATED.ordinal()],
                ratedWeight.stripTrailingZeros().toPlainString(), counts[Modality.Kind.FUTURE.ordinal()],
                counts[Modality.Kind.OPTION.ordinal()], counts[Modality.Kind.QUESTION.ordinal()],
                questionWeight.stripTrailingZeros().toPlainString());
    }
}
