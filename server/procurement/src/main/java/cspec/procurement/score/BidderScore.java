package cspec.procurement.score;

import cspec.procurement.matrix.ResponseSheet;
import java.math.BigDecimal;
import java.util.List;

/**
 * One bidder's result.
 *
 * @param unmet the mandatory requirements not met, each as "MON-2 (Does not comply)"
 * @param points null when the response is incomplete (a total of an incomplete response would be a guess)
 */
public record BidderScore(String bidder, String file, Result result, int mandatoryMet, int mandatoryTotal,
        List<String> unmet, BigDecimal points, BigDecimal maxPoints, List<Commitment> commitments,
        List<ResponseSheet.Problem> problems) {
    public BidderScore {
        unmet = List.copyOf(unmet);
        commitments = List.copyOf(commitments);
        problems = List.copyOf(problems);
    }

    public enum Result {
        QUALIFIED("qualified"), DISQUALIFIED("disqualified"), INCOMPLETE("incomplete");

        private final String words;

        Result(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A future requirement: its date, and whether the bidder commits to it. */
    public record Commitment(String id, String due, boolean committed, String answer) {
    }

    public long committedCount() {
        return commitments.stream().filter(Commitment::committed).count();
    }
}
