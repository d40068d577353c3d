package cspec.app.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ARCHITECTURE.md's rules hold for cspec's production classes, every module's (this module's
 * tests see them all on their class path). Tests and benchmarks are outside the rules.
 */
class ArchitectureTest {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    static final JavaClasses CSPEC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::notInATestJar)
            .importPackages("cspec");

    /**
     * Another module's shared test support (server/lsp's cspec.lsp.testing) comes as a Maven test
     * jar once that module is packaged; DO_NOT_INCLUDE_TESTS knows only test-classes folders.
     */
    private static boolean notInATestJar(Location location) {
        return !location.matches(TEST_JAR);
    }

    @Test
    void everyModuleIsImported() {
        for (String module : List.of("cspec.grammar.", "cspec.core.", "cspec.files.", "cspec.cli.", "cspec.lsp.", "cspec.procurement.", "cspec.app.")) {
            assertTrue(CSPEC.stream().map(JavaClass::getName).anyMatch(name -> name.startsWith(module)),
                    "no class of " + module + " on the class path, so the rules would check nothing there");
        }
    }

    @Test
    void anotherModulesTestSupportIsNotCheckedAsProductionCode() {
        assertTrue(CSPEC.stream().noneMatch(c -> c.getPackageName().startsWith("cspec.lsp.testing")),
                "cspec.lsp.testing (server/lsp's test jar) was imported as production code");
    }

    @Test
    void everyCoreLayerHasClasses() {
        for (String layer : ArchitectureRules.CORE_LAYERS) {
            String packageName = layer.replace("..", "");
            assertTrue(CSPEC.stream().anyMatch(c -> c.getPackageName().equals(packageName)),
                    layer + " holds no class: rename it in ArchitectureRules.CORE_LAYERS or remove it");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return ArchitectureRules.ALL.stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    private static void check(ArchRule rule) {
        rule.check(CSPEC);
    }
}
