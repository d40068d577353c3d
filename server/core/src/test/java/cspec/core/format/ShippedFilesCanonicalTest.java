package cspec.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.RepoFiles;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What cspec ships is already in canonical layout, so `cspec format --check` passes on the
 * samples and on the built-in profiles and library (which `cspec builtins --export` writes out).
 */
class ShippedFilesCanonicalTest {
    private static final String[] FOLDERS = {"samples", "server/core/src/main/resources/cspec/builtin"};

    @TestFactory
    Stream<DynamicTest> everySampleAndBuiltinIsCanonical() {
        Path root = RepoFiles.root();
        return RepoFiles.specs(FOLDERS).stream().map(path -> DynamicTest.dynamicTest(root.relativize(path).toString(), () -> {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            assertEquals(text, Formatter.format(new SourceText(path.toString(), text)),
                    path + " is not canonical: run `cspec format` on it and review the diff");
        }));
    }

    @Test
    void theFilesAreFound() {
        List<Path> found = RepoFiles.specs(FOLDERS);
        assertTrue(found.stream().anyMatch(p -> p.endsWith("mdr-service.cspec")), found::toString);
        assertTrue(found.stream().anyMatch(p -> p.endsWith("mssp-clauses.cspec")), found::toString);
    }
}
