package cspec.core.profile;

import cspec.core.drafting.ClauseExpansion;
import cspec.core.drafting.RoleWords;
import cspec.core.catalog.CatalogResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Outline;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Library wording taken into a contract names the parties with the contract's own role words. */
class RoleWordsTest {
    private static final String SUPPLIER = """
            contract "T" {
                client "A"
                provider "G" as "Supplier"
            }

            section liability "L" {
                clause breach-notification "Notice of Breach"
            }
            """;

    private static String expandAll(String text) {
        SourceText source = new SourceText("c.cspec", text);
        Contract contract = (Contract) SpecParser.parse(source).document();
        List<TextEdit> edits = new ArrayList<>();
        for (Outline.Placed<Clause> placed : Outline.of(contract).clauses()) {
            ClauseExpansion.expand(source, placed.item(), CatalogResolver.builtInCatalog(), RoleWords.of(contract))
                    .ifPresent(edits::add);
        }
        return Lint.apply(text, new Fix("expand", edits, true));
    }

    @Test
    void roleWordsReplaceWholeWordsOnlyAndKeepPossessives() {
        RoleWords roles = new RoleWords("Customer", "Supplier");
        assertEquals("The Supplier must tell the Customer's team; Providers and ClientCo stay.",
                roles.apply("The Provider must tell the Client's team; Providers and ClientCo stay."));
        assertEquals("Each Supplier names the Customer, not the Supplier.",
                new RoleWords("Supplier", "Customer").apply("Each Client names the Provider, not the Client."),
                "swapped words swap in one pass");
        assertEquals("within {{Provider-hours: 24 Supplier hours}}", roles.apply("within {{Provider-hours: 24 Provider hours}}"),
                "a placeholder's name stays; its default text is wording");
        assertEquals("The Provider", RoleWords.STANDARD.apply("The Provider"));
    }

    @Test
    void expansionUsesTheContractsRoleWordsAndThenLintsClean() {
        String expanded = expandAll(SUPPLIER);
        assertTrue(expanded.contains("The Supplier must notify the Client in writing within 24 hours"), expanded);
        assertFalse(expanded.contains("Provider"), expanded);
        List<String> found = Lint.run(expanded).stream().map(d -> d.ruleId() + "@" + Lint.at(expanded, d)).toList();
        assertTrue(found.stream().noneMatch(f -> f.startsWith("no-responsible-party") || f.startsWith("clause-modified")),
                found.toString());
    }

    @Test
    void clauseModifiedComparesAfterTheSubstitution() {
        String kept = expandAll(SUPPLIER).replace("The Supplier must notify", "The Provider must notify");
        List<Diagnostic> modified = Lint.rule(Lint.run(kept), "clause-modified");
        assertEquals(1, modified.size(), "standard words in a Supplier contract are a departure");
        assertTrue(modified.get(0).message().contains("the standard has \"Supplier\" where this clause has \"Provider\""),
                modified.get(0).message());
        String plain = expandAll(SUPPLIER.replace(" as \"Supplier\"", ""));
        assertTrue(plain.contains("The Provider must notify"), plain);
        assertEquals(List.of(), Lint.rule(Lint.run(plain), "clause-modified"));
    }

    @Test
    void theWrittenOutMissingClauseFixUsesTheRoleWords() {
        String text = """
                contract "T" {
                    client "A" as "Customer"
                    provider "G" as "Supplier"
                    profile soc-services
                }
                """;
        Diagnostic missing = Lint.rule(Lint.run(text), "missing-clause").stream()
                .filter(d -> d.message().contains("breach-notification")).findFirst().orElseThrow();
        Fix writtenOut = missing.fixes().stream().filter(f -> f.title().contains("written out")).findFirst().orElseThrow();
        String fixed = Lint.apply(text, writtenOut);
        assertTrue(fixed.contains("The Supplier must notify the Customer in writing"), fixed);
    }
}
