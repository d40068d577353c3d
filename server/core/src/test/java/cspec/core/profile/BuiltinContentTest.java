package cspec.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.catalog.Builtins;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.CatalogResolver;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.drafting.Skeletons;
import cspec.core.syntax.Profile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in library states what the built-in profiles require: a contract made of every section
 * a profile names, each holding the library clauses meant for it, and an SLA, has no
 * missing-content error and no contradictory figures (an SLA timer the profile only recommends is
 * the SLA's to give, not the library's). So a profile never asks for what its own library cannot say, and
 * the library's clauses never contradict each other at their defaults.
 */
class BuiltinContentTest {
    private static final Set<String> RULES = Set.of("missing-content", "contradictory-figures", "missing-clause");

    @TestFactory
    Stream<DynamicTest> theLibrarySaysWhatEachProfileAsks() {
        return Builtins.all().stream().filter(d -> d.parsed().document() instanceof Profile)
                .map(d -> DynamicTest.dynamicTest(d.id(), () -> {
                    String text = contractOfTheLibrary((Profile) d.parsed().document());
                    List<String> found = Lint.run(text).stream()
                            .filter(x -> RULES.contains(x.ruleId()) && x.severity() != cspec.core.diagnostic.Severity.INFORMATION)
                            .map(BuiltinContentTest::describe).toList();
                    assertEquals(List.of(), found, text);
                }));
    }

    private static String contractOfTheLibrary(Profile profile) {
        Catalog catalog = CatalogResolver.builtInCatalog();
        StringBuilder out = new StringBuilder("contract \"All clauses\" {\n    profile " + profile.id().text()
                + "\n    jurisdiction \"Ontario, Canada\"\n}\n");
        for (Profile.Expectation e : profile.expectations()) {
            if (e.kind() != Profile.Kind.SECTION) {
                continue;
            }
            String id = e.id().text();
            out.append("\nsection ").append(id).append(" \"").append(e.title().value()).append("\" {\n");
            for (Catalog.ClauseEntry c : catalog.clauses()) {
                if (c.sectionHint().equals(Optional.of(id))) {
                    out.append("    clause ").append(c.clause().id().text()).append('\n');
                }
            }
            if (id.equals("service-levels")) {
                out.append(Skeletons.sla("incident-handling", Optional.empty(), "    "));
            }
            out.append("}\n");
        }
        out.append("\nsection general \"General\" {\n    clause governing-law\n}\n");
        return out.toString();
    }

    private static String describe(Diagnostic d) {
        return d.ruleId() + ": " + d.message();
    }
}
