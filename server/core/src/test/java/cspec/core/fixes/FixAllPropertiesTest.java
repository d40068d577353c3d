package cspec.core.fixes;

import cspec.core.RepoFiles;
import cspec.core.TestDisk;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every promise of {@link FixAllProperties} on every sample, fixture, fuzz input and built-in,
 * each in its own workspace: the corpus the fuzz tests start from, checked in every build.
 */
class FixAllPropertiesTest {

    @TestFactory
    Stream<DynamicTest> everyRepositoryFileKeepsEveryPromise() {
        WorkspaceLocator locator = new WorkspaceLocator(TestDisk.FILES);
        return RepoFiles.specs("samples", "server/core/src/test/resources", "server/core/src/main/resources").stream()
                .map(file -> DynamicTest.dynamicTest(RepoFiles.root().relativize(file).toString(), file.toUri(), () -> {
                    Workspace workspace = locator.locate(file, file.getParent());
                    SourceText source = SourceText.fromBytes(file.toString(), Files.readAllBytes(file));
                    FixAllProperties.assertHold(source, file, workspace);
                }));
    }
}
