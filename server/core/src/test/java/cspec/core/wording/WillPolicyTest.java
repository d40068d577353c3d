package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.Analyzer;
import cspec.core.RepoFiles;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.FixApplier;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract that writes obligations with "will" is offered the header setting that says so. */
class WillPolicyTest {
    private static List<Diagnostic> lint(String text) {
        return Analyzer.analyze(SourceText.of(text), null, Workspace.standalone()).diagnostics();
    }

    @Test
    void theMismatchOnWillOffersWillMeansMustAndTheFixSettlesIt() throws Exception {
        String text = Files.readString(RepoFiles.root().resolve(
                "server/core/src/test/resources/fixtures/modality-mismatch/fail-will-without-policy.cspec"));
        Diagnostic mismatch = lint(text).stream().filter(d -> d.ruleId().equals("modality-mismatch")).findFirst().orElseThrow();
        Fix fix = mismatch.fixes().stream().filter(f -> f.title().startsWith("Add `will means must`")).findFirst().orElseThrow();
        String fixed = FixApplier.applyEdits(text, fix.edits());
        assertTrue(fixed.contains("    effective 2027-01-01\n    will means must\n}"), fixed);
        // The fixture's passive "will be monitored" still names no party; that finding stays.
        assertEquals(List.of("no-responsible-party"), lint(fixed).stream().map(Diagnostic::ruleId).toList());
    }
}
