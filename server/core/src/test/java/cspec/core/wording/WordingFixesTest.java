package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.TestDisk;
import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.FixApplier;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixes of the wording rules change words only: a comment line inside prose always survives. */
class WordingFixesTest {
    private static final Path ROOT = Path.of("wording-fixes").toAbsolutePath();

    private static String read(String name) throws IOException {
        try (InputStream in = WordingFixesTest.class.getResourceAsStream("/wording-fixes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Diagnostic> analyze(String text) {
        Path file = ROOT.resolve("t.cspec");
        AnalysisResult result = Analyzer.analyze(new SourceText(file.toString(), text), file,
                new Workspace(ROOT, Config.DEFAULT, TestDisk.FILES));
        return result.diagnostics();
    }

    private static Fix fixOf(List<Diagnostic> diagnostics, String rule, String written) {
        return diagnostics.stream().filter(d -> d.ruleId().equals(rule) && d.message().contains(written))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " on " + written + ": " + diagnostics))
                .fixes().get(0);
    }

    private static void assertCommentsKept(String before, String after) {
        before.lines().filter(l -> l.trim().startsWith("//"))
                .forEach(l -> assertTrue(after.contains(l), "lost the comment line `" + l.trim() + "`:\n" + after));
    }

    @Test
    void lintFixNeverDeletesACommentLineInsideProse() throws IOException {
        String text = read("wordy-across-comment.cspec");
        FixApplier.Result result = FixApplier.applySafe(text, analyze(text));
        assertCommentsKept(text, result.text());
    }

    @Test
    void aWordyFixAcrossACommentRewritesTheWordsAroundItAndWaitsToBeAsked() throws IOException {
        String text = read("wordy-across-comment.cspec");
        Fix fix = fixOf(analyze(text), "wordy", "on a monthly basis");
        assertFalse(fix.safe(), "a fix that leaves a comment inside the rewritten words needs a look first");
        String after = FixApplier.applyEdits(text, fix.edits());
        assertCommentsKept(text, after);
        assertTrue(after.contains("keep logs monthly\n        // comment in between\n        ."), after);
    }

    @Test
    void aWordyFixOnOneLineStaysSafeAndWhole() {
        String text = "contract \"T\" {\n    client \"A\"\n    provider \"G\"\n}\nsection s \"S\" {\n"
                + "    must A-1: The Provider must keep logs on a monthly basis.\n}\n";
        Fix fix = fixOf(analyze(text), "wordy", "on a monthly basis");
        assertTrue(fix.safe());
        assertEquals(1, fix.edits().size());
        assertTrue(FixApplier.applyEdits(text, fix.edits()).contains("must keep logs monthly."));
    }

    @Test
    void aModalityFixAcrossACommentKeepsTheComment() throws IOException {
        String text = read("wordy-across-comment.cspec");
        Fix fix = fixOf(analyze(text), "modality-mismatch", "is required to");
        String after = FixApplier.applyEdits(text, fix.edits());
        assertCommentsKept(text, after);
        assertTrue(after.contains("should A-3: The Provider should\n        // a note on the verb\n        patch"), after);
    }
}
