package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.wording.PronounAmbiguity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pronoun measurement on the tuning part only: the held-out part is read by hand, once, to report. */
class PronounEvalTest {
    private static final Path TUNING = ModuleFiles.dir().resolve("corpus").resolve("pronouns").resolve("split").resolve("tuning.tsv");

    @Test
    void theFoldsSplitThePartIntoFiveNearlyEqualShares() throws IOException {
        List<PronounEval.Score> folds = PronounEval.crossValidate(PronounEval.rows(TUNING), 5);
        assertEquals(List.of(20, 20, 19, 19, 19), folds.stream().map(PronounEval.Score::rows).toList());
        assertEquals(PronounEval.evaluate(TUNING, false), PronounEval.sum(folds));
    }

    @Test
    void theShippedRuleFlags36TuningRowsOf30Ambiguous() throws IOException {
        // docs/accuracy.md, "Pronoun ambiguity": a change here is a change of the rule's measured precision
        PronounEval.Score s = PronounEval.evaluate(TUNING, false);
        assertEquals(new PronounEval.Score(30, 6, 21, 40), s);
    }

    @Test
    void theShippedStrengthThresholdIsTheOneTheTuningPartChooses() throws IOException {
        // RivalStrength.THRESHOLD: the highest precision at a recall of at least 0.55 over all tuning rows
        List<String[]> rows = PronounEval.rows(TUNING);
        assertEquals(PronounAmbiguity.strengthThreshold(), PronounEval.chooseThreshold(rows, PronounEval.strengths(rows)));
    }
}
