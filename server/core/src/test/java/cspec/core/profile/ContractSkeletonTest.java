package cspec.core.profile;

import cspec.core.drafting.ContractSkeleton;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.CatalogResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** A contract written from each built-in profile parses, has no profile error, and no error but its blanks. */
class ContractSkeletonTest {
    @TestFactory
    Stream<DynamicTest> aSkeletonFromEachBuiltInProfileLintsWithOnlyPlaceholderErrors() {
        Catalog catalog = CatalogResolver.builtInCatalog();
        return catalog.profiles().stream().map(profile -> DynamicTest.dynamicTest(profile.profile().id().text(), () -> {
            String text = ContractSkeleton.write(profile, catalog);
            List<Diagnostic> found = Lint.run(text);
            List<String> errors = found.stream().filter(d -> d.severity() == Severity.ERROR)
                    .filter(d -> !d.ruleId().equals("placeholder")).map(d -> Lint.at(text, d) + " " + d.message()).toList();
            assertEquals(List.of(), errors, text);
            assertTrue(text.contains("[write the first obligation of this section]") || text.contains("clause "),
                    "the skeleton marks what is left to write");
            for (var e : profile.profile().expectations()) {
                if (e.kind() == cspec.core.syntax.Profile.Kind.SECTION && e.strength() == cspec.core.syntax.Profile.Strength.REQUIRES) {
                    assertTrue(text.contains("section " + e.id().text() + " "), e.id().text());
                }
            }
        }));
    }
}
