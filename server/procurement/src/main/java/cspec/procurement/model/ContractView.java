package cspec.procurement.model;

import cspec.core.syntax.Modality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The contract as every procurement output sees it, computed once from the tree by
 * {@link ContractViews}. Records with plain values, so templates can read them.
 *
 * @param titleBlock the parties, jurisdiction, term, effective date and the other header fields, in order
 * @param body the top-level items, sections numbered 1, 2, ... and nested 1.1, 1.2
 * @param requirements every requirement, option and question in document order (the matrix's rows)
 * @param version the header's version, or "unversioned"
 * @param requirementsHash ties a matrix to these requirements ({@link RequirementsHash})
 */
public record ContractView(String title, List<Field> titleBlock, List<Term> definitions, List<Part> body,
        List<RequirementView> requirements, Summary summary, String version, String requirementsHash) {
    public ContractView {
        titleBlock = List.copyOf(titleBlock);
        definitions = List.copyOf(definitions);
        body = List.copyOf(body);
        requirements = List.copyOf(requirements);
    }

    public record Field(String label, String value) {
    }

    public record Term(String term, Text text) {
    }

    /** One item of the body; exactly one component is set, so a template can test for each. */
    public record Part(SectionView section, RequirementView requirement, BackgroundView background, SlaView sla,
            ClauseView clause) {
    }

    /** depth 1 for a top-level section; number is "2.1". */
    public record SectionView(String number, String id, String title, int depth, List<Part> parts) {
        public SectionView {
            parts = List.copyOf(parts);
        }

        /** The HTML heading level: h2 for a top-level section (h1 is the title), at most h6. */
        public int headingLevel() {
            return Math.min(depth + 1, 6);
        }

        /** Markdown headings are markup, which templates write themselves: ## for depth 1, ### for 2, #### deeper. */
        public boolean top() {
            return depth == 1;
        }

        public boolean second() {
            return depth == 2;
        }

        public boolean deeper() {
            return depth > 2;
        }
    }

    /**
     * A requirement, option or question. section is "2.1 Threat Hunting" (empty at the top level);
     * ref is the source's numbering; weight and due may be null.
     */
    public record RequirementView(String id, String ref, String section, Modality modality, BigDecimal weight,
            LocalDate due, Text text) {
        public Modality.Kind kind() {
            return modality.kind();
        }

        /** "Mandatory", "Rated", "Future", "Option", "Question". */
        public String kindLabel() {
            String name = kind().name();
            return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
        }

        /** What a reader must see at once: "Mandatory", "Rated, weight 10", "Future, by 2027-10-01". */
        public String marker() {
            StringBuilder b = new StringBuilder(kindLabel());
            if (weight != null) {
                b.append(", weight ").append(weight.stripTrailingZeros().toPlainString());
            }
            if (due != null) {
                b.append(", by ").append(due);
            }
            return b.toString();
        }

        /** CSS class and style key: mandatory, rated, future, option, question. */
        public String kindKey() {
            return kind().name().toLowerCase(java.util.Locale.ROOT);
        }

        public String weightText() {
            return weight == null ? "" : weight.stripTrailingZeros().toPlainString();
        }

        public String dueText() {
            return due == null ? "" : due.toString();
        }
    }

    public record BackgroundView(String id, String ref, Text text) {
    }

    /** A clause as signed: its own wording, or its library's with the placeholders filled. */
    public record ClauseView(String id, String title, Text text, String origin) {
    }

    public boolean hasSections() {
        return !topSections().isEmpty();
    }

    public boolean hasDefinitions() {
        return !definitions.isEmpty();
    }

    /** The top-level sections, for a table of contents. */
    public List<SectionView> topSections() {
        return body.stream().map(Part::section).filter(java.util.Objects::nonNull).toList();
    }

    /** The counts a reader checks first. */
    public record Summary(int mandatory, int rated, String ratedWeight, int future, int options, int questions,
            String questionWeight) {
    }
}
