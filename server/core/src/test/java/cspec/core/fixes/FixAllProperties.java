package cspec.core.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.RepoFiles;
import cspec.core.TestDisk;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.FixApplier;
import cspec.core.diagnostic.Severity;
import cspec.core.format.Formatter;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Requirement;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The fix-all and format properties, as one harness that any test can reuse on any text
 * ({@link #check(Path, String, Workspace)}) or on repository folders ({@link #overRepositoryFiles});
 * {@link FixAllPropertiesTest} runs it over every sample and fixture:
 *
 * <ul>
 *   <li>applying every safe fix, pass after pass as {@code lint --fix} and the editor's "fix all"
 *   do, never adds an error: no rule has more errors after than before;</li>
 *   <li>every requirement ID and every comment line is still there;</li>
 *   <li>fix-all then format is idempotent: doing both again changes nothing, and formatting the
 *   formatted text changes nothing.</li>
 * </ul>
 *
 * <p>Issue 11 found the first property broken on samples/first-draft.cspec: the typo fix of
 * {@code clause limitation-of-liabilty} and the missing-clause insertion both applied, so the
 * contract held the clause twice.
 */
public final class FixAllProperties {
    /** As many passes as lint --fix makes (Linter.MAX_FIX_PASSES). */
    private static final int MAX_PASSES = 50;
    private static final String[] FOLDERS = {"samples", "server/core/src/test/resources/fixtures"};

    private FixAllProperties() {
    }

    /** One dynamic test per .cspec file under the given repository folders (default: every sample and fixture). */
    public static Stream<DynamicTest> overRepositoryFiles(String... folders) {
        Path root = RepoFiles.root();
        WorkspaceLocator locator = new WorkspaceLocator(TestDisk.FILES);
        String[] chosen = folders.length == 0 ? FOLDERS : folders;
        return RepoFiles.specs(chosen).stream().map(path -> DynamicTest.dynamicTest(root.relativize(path).toString(), () -> {
            String text = read(path);
            check(path, text, locator.locate(path, path.getParent()));
        }));
    }

    /** Checks every property on one text at path in a workspace; fails with the first broken one. */
    public static void check(Path path, String text, Workspace workspace) {
        AnalysisResult before = analyze(path, text, workspace);
        String fixed = fixAll(path, text, workspace, before);
        AnalysisResult after = analyze(path, fixed, workspace);

        Map<String, Integer> errorsBefore = errors(before);
        Map<String, Integer> errorsAfter = errors(after);
        List<String> added = new ArrayList<>();
        errorsAfter.forEach((rule, n) -> {
            if (n > errorsBefore.getOrDefault(rule, 0)) {
                added.add(rule + " " + errorsBefore.getOrDefault(rule, 0) + " -> " + n);
            }
        });
        assertEquals(List.of(), added, path + ": fix-all added errors; the text after:\n" + fixed);

        for (String id : requirementIds(before)) {
            assertTrue(requirementIds(after).contains(id), path + ": fix-all lost requirement " + id);
        }
        // Every comment line of the original is still a line of the result; a suppression directive
        // may have its misspelt rule name corrected (unknown-rule's fix), so those are counted.
        text.lines().map(String::strip).filter(l -> l.startsWith("//") && !directive(l)).forEach(comment -> assertTrue(
                fixed.lines().map(String::strip).anyMatch(comment::equals), path + ": fix-all lost the comment " + comment));
        assertEquals(text.lines().map(String::strip).filter(FixAllProperties::directive).count(),
                fixed.lines().map(String::strip).filter(FixAllProperties::directive).count(),
                path + ": fix-all added or removed a suppression comment");

        String formatted = Formatter.format(new SourceText(path.toString(), fixed));
        assertEquals(formatted, Formatter.format(new SourceText(path.toString(), formatted)),
                path + ": formatting the formatted text changed it");
        String again = Formatter.format(new SourceText(path.toString(),
                fixAll(path, formatted, workspace, analyze(path, formatted, workspace))));
        assertEquals(formatted, again, path + ": fix-all then format is not idempotent");
    }

    /** Every safe fix, pass after pass, until a pass changes nothing. */
    public static String fixAll(Path path, String text, Workspace workspace, AnalysisResult first) {
        String current = text;
        AnalysisResult result = first;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            FixApplier.Result applied = FixApplier.applySafe(current, result.diagnostics());
            if (applied.applied() == 0 || applied.text().equals(current)) {
                break;
            }
            current = applied.text();
            result = analyze(path, current, workspace);
        }
        return current;
    }

    private static boolean directive(String strippedLine) {
        return strippedLine.startsWith("// cspec-disable") || strippedLine.startsWith("// cspec-enable");
    }

    private static AnalysisResult analyze(Path path, String text, Workspace workspace) {
        return Analyzer.analyze(new SourceText(path.toString(), text), path, workspace);
    }

    private static Map<String, Integer> errors(AnalysisResult result) {
        Map<String, Integer> byRule = new TreeMap<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                byRule.merge(d.ruleId(), 1, Integer::sum);
            }
        }
        return byRule;
    }

    private static List<String> requirementIds(AnalysisResult result) {
        if (result.file().document() == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Outline.Placed<Requirement> placed : Outline.of(result.file().document()).requirements()) {
            placed.item().optionalId().ifPresent(id -> ids.add(id.text()));
        }
        return ids;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
