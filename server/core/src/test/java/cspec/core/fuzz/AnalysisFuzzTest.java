package cspec.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;

/**
 * Whatever a user pastes, parsing and analysis return findings and never throw, and every
 * finding lies inside the text. Runs the seed corpus in every build (the files under
 * AnalysisFuzzTestInputs); `JAZZER_FUZZ=1 mvn test -Dtest=AnalysisFuzzTest` fuzzes for real.
 */
class AnalysisFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void analysisNeverThrowsAndStaysInBounds(byte[] input) {
        SourceText source = SourceText.fromBytes("fuzz.cspec", input);
        SpecFile file = SpecParser.parse(source);
        assertNotNull(file);
        AnalysisResult result = Analyzer.analyze(source, null, Workspace.standalone());
        for (Diagnostic d : result.diagnostics()) {
            if (d.span().end() > source.length()) {
                throw new AssertionError("finding outside the text: " + d);
            }
        }
    }
}
