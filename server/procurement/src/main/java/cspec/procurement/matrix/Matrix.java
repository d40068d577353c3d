package cspec.procurement.matrix;

import cspec.procurement.model.ContractView;
import java.util.List;

/** The matrix of a contract: a row per requirement, option and question, and what ties it to the contract. */
public record Matrix(String title, String version, String hash, List<ContractView.RequirementView> rows) {
    public Matrix {
        rows = List.copyOf(rows);
    }

    public static Matrix of(ContractView view) {
        return new Matrix(view.title(), view.version(), view.requirementsHash(), view.requirements());
    }

    /** What cspec writes in a column of a row; the bidder's and evaluator's columns start empty. */
    public String cell(ContractView.RequirementView row, Column column) {
        return switch (column) {
            case ID -> row.id();
            case REF -> row.ref();
            case SECTION -> row.section();
            case KIND -> row.kindLabel();
            case WEIGHT -> row.weightText();
            case DUE -> row.dueText();
            case TEXT -> row.text().plain();
            case VERSION -> version;
            case HASH -> hash;
            case ANSWER, EXPLANATION, EVIDENCE, VERDICT, POINTS -> "";
        };
    }
}
