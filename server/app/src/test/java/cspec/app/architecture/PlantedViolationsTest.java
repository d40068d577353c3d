package cspec.app.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import cspec.cli.PlantedCliAppliesSeverity;
import cspec.cli.PlantedCliReadsDisk;
import cspec.cli.PlantedCliUsesLsp;
import cspec.core.check.PlantedCheckUsesAntlr;
import cspec.core.editor.PlantedEditorUsesLsp4j;
import cspec.core.prose.PlantedLoopA;
import cspec.core.syntax.PlantedLoopB;
import cspec.core.text.PlantedTextUsesCheck;
import cspec.lsp.PlantedLspLooksUpRule;
import cspec.lsp.PlantedLspUsesPoi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The architecture rules can fail: each one, run over a few classes planted in this module's
 * test sources, reports the class planted to break it. (ArchitectureTest never sees these classes:
 * it imports production classes only.)
 */
class PlantedViolationsTest {
    private static final JavaClasses PLANTED = new ClassFileImporter().importClasses(
            PlantedTextUsesCheck.class, PlantedLoopA.class, PlantedLoopB.class, PlantedCheckUsesAntlr.class,
            PlantedEditorUsesLsp4j.class, PlantedCliUsesLsp.class, PlantedCliReadsDisk.class,
            PlantedCliAppliesSeverity.class, PlantedLspLooksUpRule.class, PlantedLspUsesPoi.class);

    private static final Map<ArchRule, Class<?>> BROKEN_BY = new LinkedHashMap<>();

    static {
        BROKEN_BY.put(ArchitectureRules.CORE_PACKAGES_POINT_ONE_WAY, PlantedTextUsesCheck.class);
        BROKEN_BY.put(ArchitectureRules.NO_PACKAGE_LOOP_IN_CORE, PlantedLoopA.class);
        BROKEN_BY.put(ArchitectureRules.MODULES_POINT_ONE_WAY, PlantedCliUsesLsp.class);
        BROKEN_BY.put(ArchitectureRules.ONLY_PARSE_SEES_ANTLR, PlantedCheckUsesAntlr.class);
        BROKEN_BY.put(ArchitectureRules.CORE_KNOWS_NO_SHELL, PlantedEditorUsesLsp4j.class);
        BROKEN_BY.put(ArchitectureRules.DOCUMENT_LIBRARIES_ONLY_IN_PROCUREMENT, PlantedLspUsesPoi.class);
        BROKEN_BY.put(ArchitectureRules.ONLY_FILES_TOUCHES_THE_DISK, PlantedCliReadsDisk.class);
        BROKEN_BY.put(ArchitectureRules.ONLY_THE_ANALYSIS_APPLIES_SEVERITIES, PlantedCliAppliesSeverity.class);
        BROKEN_BY.put(ArchitectureRules.ONLY_THE_REGISTRY_LOOKS_UP_RULE_IDS, PlantedLspLooksUpRule.class);
    }

    @Test
    void everyRuleHasAPlantedViolation() {
        assertTrue(BROKEN_BY.keySet().containsAll(ArchitectureRules.ALL), "a rule without a planted violation");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFailsOnItsPlantedViolation() {
        return BROKEN_BY.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getDescription(), () -> {
            EvaluationResult result = e.getKey().evaluate(PLANTED);
            String report = String.join("\n", result.getFailureReport().getDetails());
            assertTrue(result.hasViolation() && report.contains(e.getValue().getName()),
                    "the rule did not report " + e.getValue().getSimpleName() + ":\n" + report);
        }));
    }
}
