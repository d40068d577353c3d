package cspec.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.RepoFiles;
import cspec.core.text.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The syntax tree of every sample and brief example, pinned in a readable golden file next to
 * it under src/test/resources/golden/. After a deliberate change, regenerate with
 * {@code CSPEC_UPDATE_GOLDEN=1 mvn test -Dtest=GoldenTreeTest} and review the diff.
 */
class GoldenTreeTest {
    private static final Path GOLDEN = RepoFiles.root().resolve("server/core/src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everySampleParsesToItsGoldenTree() {
        return RepoFiles.specs("samples", "server/core/src/test/resources/parse").stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        SpecFile parsed = SpecParser.parse(new SourceText(file.toString(), Files.readString(file)));
        String actual = TreePrinter.print(parsed);
        Path golden = GOLDEN.resolve(RepoFiles.root().relativize(file).toString().replace('/', '_') + ".tree");
        if (System.getenv("CSPEC_UPDATE_GOLDEN") != null || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
            if (System.getenv("CI") != null && System.getenv("CSPEC_UPDATE_GOLDEN") == null) {
                throw new AssertionError("golden file missing for " + file + ": generate it locally and commit it");
            }
        }
        assertEquals(Files.readString(golden), actual, "syntax tree of " + file);
    }
}
