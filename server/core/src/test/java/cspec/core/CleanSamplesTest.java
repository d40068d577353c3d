package cspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.config.Config;
import cspec.core.config.ConfigLoader;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The samples samples/README.md calls clean get no finding at all, in the workspace they sit in. */
class CleanSamplesTest {
    private static final List<String> CLEAN = List.of("samples/managed-soc.cspec", "samples/mdr-service.cspec",
            "samples/out-of-hours-soc.cspec", "samples/workspace/siem-operations.cspec");

    @TestFactory
    Stream<DynamicTest> cleanSamplesLintClean() {
        return CLEAN.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path file = RepoFiles.root().resolve(name);
            Path folder = file.getParent();
            Path json = folder.resolve(ConfigLoader.FILE_NAME);
            Config config = Files.exists(json) ? ConfigLoader.parse(json, Files.readString(json)) : Config.DEFAULT;
            AnalysisResult result = Analyzer.analyze(new SourceText(file.toString(), Files.readString(file)), file,
                    new Workspace(folder, config, TestDisk.FILES));
            List<String> found = result.diagnostics().stream().map(CleanSamplesTest::describe).toList();
            assertEquals(List.of(), found, name + " should lint clean");
        }));
    }

    private static String describe(Diagnostic d) {
        return d.ruleId() + ": " + d.message();
    }
}
