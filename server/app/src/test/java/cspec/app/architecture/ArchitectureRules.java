package cspec.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ARCHITECTURE.md's rules as code. {@link ArchitectureTest} checks them on cspec's compiled
 * classes; {@link PlantedViolationsTest} shows each one fails on a class that breaks it.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /**
     * The packages of core, lowest first: a package may use those before it, never one after it.
     * {@code cspec.core} itself is the analysis (Analyzer, its list of checks, the exit codes).
     */
    static final List<String> CORE_LAYERS = List.of(
            "cspec.core.text..",
            "cspec.core.diagnostic..",
            "cspec.core.syntax..",
            "cspec.core.prose..",
            "cspec.core.config..",
            "cspec.core.workspace..",
            "cspec.core.catalog..",
            "cspec.core.drafting..",
            "cspec.core.check..",
            "cspec.core.wording..",
            "cspec.core.content..",
            "cspec.core.profile..",
            "cspec.core.format..",
            "cspec.core",
            "cspec.core.editor..",
            "cspec.core.state..");

    /**
     * Each module's package and the modules it may use. A module not named in another's list is
     * invisible to it; a new module (say, procurement commands on core and files) is one line.
     */
    static final Map<String, List<String>> MODULES = modules(
            module("cspec.grammar..", List.of()),
            module("cspec.core..", List.of("cspec.grammar..")),
            module("cspec.files..", List.of("cspec.core..")),
            module("cspec.cli..", List.of("cspec.core..", "cspec.files..")),
            module("cspec.lsp..", List.of("cspec.core..", "cspec.files..")),
            module("cspec.procurement..", List.of("cspec.core..", "cspec.files..")),
            module("cspec.app..", List.of("cspec.core..", "cspec.files..", "cspec.cli..", "cspec.lsp..", "cspec.procurement..")));

    static final ArchRule CORE_PACKAGES_POINT_ONE_WAY = coreLayers();

    static final ArchRule NO_PACKAGE_LOOP_IN_CORE = slices().matching("cspec.core.(*)..").should().beFreeOfCycles()
            .because("a loop between core's packages makes neither understandable alone");

    static final ArchRule MODULES_POINT_ONE_WAY = moduleRule();

    static final ArchRule ONLY_PARSE_SEES_ANTLR = noClasses()
            .that().resideOutsideOfPackages("cspec.core.syntax.parse..", "cspec.grammar..")
            .should().dependOnClassesThat().resideInAnyPackage("org.antlr..", "cspec.grammar..")
            .because("only syntax/parse sees ANTLR; checks read the syntax tree");

    static final ArchRule CORE_KNOWS_NO_SHELL = noClasses()
            .that().resideInAnyPackage("cspec.core..", "cspec.files..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.lsp4j..", "picocli..")
            .because("core and the file adapter serve both shells, so neither knows LSP4J or picocli");

    static final ArchRule DOCUMENT_LIBRARIES_ONLY_IN_PROCUREMENT = noClasses()
            .that().resideOutsideOfPackage("cspec.procurement..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..", "com.samskivert..")
            .because("POI, PDFBox and the templates stay in the procurement module, off the path of lint and the server");

    static final ArchRule ONLY_FILES_TOUCHES_THE_DISK = noClasses()
            .that().resideOutsideOfPackage("cspec.files..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.FileChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
            .because("cspec.files is the one owner of file access, where the workspace boundary is kept");

    static final ArchRule ONLY_THE_ANALYSIS_APPLIES_SEVERITIES = noClasses()
            .that().doNotHaveFullyQualifiedName("cspec.core.Analyzer")
            .should().callMethodWhere(target("cspec.core.config.Config", "severityOf"))
            .because("configured severities are applied in one place, so every report agrees");

    static final ArchRule ONLY_THE_REGISTRY_LOOKS_UP_RULE_IDS = noClasses()
            .that().doNotHaveFullyQualifiedName("cspec.core.diagnostic.RuleRegistry")
            // Where a user writes a rule's name: cspec.json, a suppression comment, `rules --terms`.
            .and().doNotHaveFullyQualifiedName("cspec.core.config.ConfigLoader")
            .and().doNotHaveFullyQualifiedName("cspec.core.check.Suppressions")
            .and().doNotHaveFullyQualifiedName("cspec.cli.RulesCommand")
            .should().callMethodWhere(target("cspec.core.diagnostic.RuleRegistry", "byId"))
            .orShould().callMethodWhere(target("cspec.core.diagnostic.RuleRegistry", "closest"))
            .because("a finding holds its Rule; only a name a user wrote is looked up");

    static final List<ArchRule> ALL = List.of(CORE_PACKAGES_POINT_ONE_WAY, NO_PACKAGE_LOOP_IN_CORE, MODULES_POINT_ONE_WAY,
            ONLY_PARSE_SEES_ANTLR, CORE_KNOWS_NO_SHELL, DOCUMENT_LIBRARIES_ONLY_IN_PROCUREMENT, ONLY_FILES_TOUCHES_THE_DISK, ONLY_THE_ANALYSIS_APPLIES_SEVERITIES,
            ONLY_THE_REGISTRY_LOOKS_UP_RULE_IDS);

    private static ArchRule coreLayers() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < CORE_LAYERS.size() - 1; i++) {
            String[] above = CORE_LAYERS.subList(i + 1, CORE_LAYERS.size()).toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(CORE_LAYERS.get(i))
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because("core's packages point one way: " + String.join(" < ", CORE_LAYERS))
                    .allowEmptyShould(true));
        }
        return composite(rules);
    }

    private static ArchRule moduleRule() {
        List<ArchRule> rules = new ArrayList<>();
        for (Map.Entry<String, List<String>> module : MODULES.entrySet()) {
            List<String> hidden = new ArrayList<>(MODULES.keySet());
            hidden.remove(module.getKey());
            hidden.removeAll(module.getValue());
            rules.add(noClasses().that().resideInAPackage(module.getKey())
                    .should().dependOnClassesThat().resideInAnyPackage(hidden.toArray(String[]::new))
                    .because(module.getKey() + " may use only " + module.getValue())
                    .allowEmptyShould(true));
        }
        return composite(rules);
    }

    /** One rule per layer or module; each may find no class (ArchitectureTest checks that none is empty). */
    private static ArchRule composite(List<ArchRule> rules) {
        CompositeArchRule all = CompositeArchRule.of(rules.get(0));
        for (ArchRule rule : rules.subList(1, rules.size())) {
            all = all.and(rule);
        }
        return all;
    }

    private static DescribedPredicate<JavaCall<?>> target(String owner, String method) {
        return DescribedPredicate.describe(owner + "." + method,
                call -> call.getTargetOwner().getFullName().equals(owner) && call.getName().equals(method));
    }

    private record Module(String packages, List<String> mayUse) {
    }

    private static Module module(String packages, List<String> mayUse) {
        return new Module(packages, mayUse);
    }

    private static Map<String, List<String>> modules(Module... modules) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Module m : modules) {
            map.put(m.packages(), m.mayUse());
        }
        return map;
    }
}
