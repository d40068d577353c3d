package cspec.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import cspec.core.fixes.FixAllProperties;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;

/**
 * Whatever a user types or pastes, the parser, the analysis, the formatter and the fixes keep
 * every promise of {@link FixAllProperties}. Two ways in: any bytes at all, and real contracts
 * (every sample, fixture and built-in) edited the way a hurried author or a broken paste would.
 *
 * <p>Plain {@code mvn verify} replays the inputs kept under {@code AnalysisFuzzTestInputs/}
 * (the seeds, and every crash a fuzzing run found); {@code JAZZER_FUZZ=1} fuzzes for real, one
 * method at a time (docs/reliability.md says how, and for how long).
 */
class AnalysisFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void anyBytesKeepEveryPromise(byte[] input) {
        FixAllProperties.assertHold(SourceText.fromBytes("fuzz.cspec", input), null, Workspace.standalone());
    }

    @FuzzTest(maxDuration = "5m")
    void editedContractsKeepEveryPromise(FuzzedDataProvider data) {
        Seeds.Seed seed = Seeds.pick(data);
        String edited = Mutations.apply(seed.text(), data);
        try {
            FixAllProperties.assertHold(new SourceText(seed.name(), edited), null, Workspace.standalone());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n--- the edited text:\n" + edited, e);
        }
    }
}
