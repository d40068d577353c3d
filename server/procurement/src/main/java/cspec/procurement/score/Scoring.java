package cspec.procurement.score;

import cspec.core.syntax.Modality;
import cspec.procurement.matrix.Answer;
import cspec.procurement.matrix.Column;
import cspec.procurement.matrix.ResponseSheet;
import cspec.procurement.model.ContractView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scores one evaluated matrix against the contract: a pure function of the two. */
public final class Scoring {
    private final ContractView contract;
    private final ResponseSheet sheet;
    private final List<ResponseSheet.Problem> problems = new ArrayList<>();
    private final List<String> unmet = new ArrayList<>();
    private final List<BidderScore.Commitment> commitments = new ArrayList<>();
    private BigDecimal points = BigDecimal.ZERO;
    private int mandatoryMet;

    private Scoring(ContractView contract, ResponseSheet sheet) {
        this.contract = contract;
        this.sheet = sheet;
    }

    public static BidderScore score(ContractView contract, ResponseSheet sheet) {
        return new Scoring(contract, sheet).run();
    }

    private BidderScore run() {
        problems.addAll(sheet.problems());
        boolean readable = sheet.problems().stream().noneMatch(p -> p.where().isEmpty());
        if (readable && sameRequirements()) {
            Map<String, ContractView.RequirementView> byId = new LinkedHashMap<>();
            contract.requirements().forEach(r -> byId.putIfAbsent(r.id(), r));
            Map<String, String> seen = new LinkedHashMap<>();
            for (ResponseSheet.Row row : sheet.rows()) {
                row(row, byId, seen);
            }
            byId.forEach((id, r) -> {
                if (!seen.containsKey(id)) {
                    problems.add(new ResponseSheet.Problem("", id, "no row for " + id + " (" + r.kindLabel()
                            + "); every requirement of the matrix needs its row back."));
                }
            });
        }
        int mandatoryTotal = (int) contract.requirements().stream().filter(r -> r.kind() == Modality.Kind.MANDATORY).count();
        BidderScore.Result result = !problems.isEmpty() ? BidderScore.Result.INCOMPLETE
                : unmet.isEmpty() ? BidderScore.Result.QUALIFIED : BidderScore.Result.DISQUALIFIED;
        return new BidderScore(sheet.bidder(), sheet.shown(), result, mandatoryMet, mandatoryTotal, unmet,
                problems.isEmpty() ? points : null, maxPoints(), commitments, problems);
    }

    /** A matrix of other requirements cannot be scored row by row: its IDs may mean other things. */
    private boolean sameRequirements() {
        if (sheet.hash().equals(contract.requirementsHash())) {
            return true;
        }
        String answered = sheet.hash().isEmpty() ? "carries no requirements hash"
                : "answers requirements " + sheet.hash() + " (version " + (sheet.version().isEmpty() ? "unknown" : sheet.version()) + ")";
        problems.add(new ResponseSheet.Problem("", "", "this matrix " + answered + ", but the contract's are "
                + contract.requirementsHash() + " (version " + contract.version() + "); send the bidder the current "
                + "matrix (`cspec matrix`) and score the answer to it."));
        return false;
    }

    private void row(ResponseSheet.Row row, Map<String, ContractView.RequirementView> byId, Map<String, String> seen) {
        String id = row.cell(Column.ID);
        if (id.isEmpty()) {
            problems.add(new ResponseSheet.Problem(row.where(), "", "the row has no ID; rows are matched by ID, so it cannot be scored."));
            return;
        }
        ContractView.RequirementView requirement = byId.get(id);
        if (requirement == null) {
            problems.add(new ResponseSheet.Problem(row.where(), id, "the contract has no requirement " + id
                    + "; was the ID changed or the row added?"));
            return;
        }
        if (seen.putIfAbsent(id, row.where()) != null) {
            problems.add(new ResponseSheet.Problem(row.where(), id, id + " was already answered on " + seen.get(id)
                    + "; keep one row per requirement."));
            return;
        }
        Optional<Answer> answer = answer(row, Column.ANSWER, id);
        Optional<Answer> verdict = answer(row, Column.VERDICT, id);
        Optional<BigDecimal> given = points(row, requirement);
        Optional<Answer> decision = verdict.isPresent() ? verdict : answer;
        switch (requirement.kind()) {
            case MANDATORY -> mandatory(row, requirement, decision, verdict.isPresent());
            case FUTURE -> future(row, requirement, decision);
            default -> { }
        }
        given.ifPresent(p -> points = points.add(p));
    }

    private void mandatory(ResponseSheet.Row row, ContractView.RequirementView r, Optional<Answer> decision, boolean byVerdict) {
        if (decision.isEmpty()) {
            // An answer that was given but is not one of the three is reported already, and not again here.
            boolean given = !row.cell(Column.ANSWER).isEmpty() || !row.cell(Column.VERDICT).isEmpty();
            if (!given && !row.unreadable().contains(Column.ANSWER) && !row.unreadable().contains(Column.VERDICT)) {
                problems.add(new ResponseSheet.Problem(row.where(), r.id(), "neither an answer nor a verdict; a mandatory "
                        + "requirement is met or not, so one of them must say which."));
            }
            return;
        }
        if (decision.get() == Answer.COMPLIES) {
            mandatoryMet++;
        } else {
            unmet.add(r.id() + " (" + (byVerdict ? "verdict: " : "answer: ") + decision.get().words() + ")");
        }
    }

    private void future(ResponseSheet.Row row, ContractView.RequirementView r, Optional<Answer> decision) {
        if (decision.isEmpty() && row.cell(Column.ANSWER).isEmpty() && row.cell(Column.VERDICT).isEmpty()
                && !row.unreadable().contains(Column.ANSWER)) {
            problems.add(new ResponseSheet.Problem(row.where(), r.id(), "no answer; say whether the bid commits to "
                    + r.id() + " by " + r.dueText() + "."));
            return;
        }
        decision.ifPresent(d -> commitments.add(new BidderScore.Commitment(r.id(), r.dueText(), d == Answer.COMPLIES, d.words())));
    }

    private Optional<Answer> answer(ResponseSheet.Row row, Column column, String id) {
        String cell = row.cell(column);
        if (cell.isEmpty() || row.unreadable().contains(column)) {
            return Optional.empty();
        }
        Optional<Answer> answer = Answer.parse(cell);
        if (answer.isEmpty()) {
            problems.add(new ResponseSheet.Problem(row.where(), id, column.header().toLowerCase(java.util.Locale.ROOT)
                    + " \"" + shortened(cell) + "\" is not one of " + Answer.choices() + "."));
        }
        return answer;
    }

    private Optional<BigDecimal> points(ResponseSheet.Row row, ContractView.RequirementView r) {
        String cell = row.cell(Column.POINTS);
        if (row.unreadable().contains(Column.POINTS)) {
            return Optional.empty();
        }
        if (r.weight() == null) {
            if (!cell.isEmpty()) {
                problems.add(new ResponseSheet.Problem(row.where(), r.id(), "points \"" + shortened(cell) + "\" on a "
                        + r.kindLabel().toLowerCase(java.util.Locale.ROOT) + " requirement, which has no weight; leave Points empty."));
            }
            return Optional.empty();
        }
        if (cell.isEmpty()) {
            problems.add(new ResponseSheet.Problem(row.where(), r.id(), "no points; the evaluator gives 0 to " + r.weightText() + "."));
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cell.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new ResponseSheet.Problem(row.where(), r.id(), "points \"" + shortened(cell) + "\" is not a number."));
            return Optional.empty();
        }
        if (value.signum() < 0 || value.compareTo(r.weight()) > 0) {
            problems.add(new ResponseSheet.Problem(row.where(), r.id(), "points " + value.toPlainString()
                    + " is outside 0 to " + r.weightText() + ", the weight of " + r.id() + "."));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private BigDecimal maxPoints() {
        return contract.requirements().stream().map(ContractView.RequirementView::weight).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String shortened(String cell) {
        String one = cell.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }
}
