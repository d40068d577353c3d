package cspec.core.profile;

import cspec.core.drafting.ClauseExpansion;
import cspec.core.drafting.RoleWords;
import cspec.core.catalog.Builtins;
import cspec.core.catalog.CatalogResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Section;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** unknown-clause, placeholder for library clauses, clause-modified and clause expansion. */
class ClauseChecksTest {
    private static String contract(String clauses) {
        return "contract \"Support\" {\n}\n\nsection liability \"Liability\" {\n" + clauses + "}\n";
    }

    private static List<String> found(String text) {
        return Lint.run(text).stream().map(d -> Lint.at(text, d)).toList();
    }

    @Test
    void anUnknownClauseGetsADidYouMeanWithAFix() {
        String text = contract("    clause limitation-of-liabilty\n");
        List<Diagnostic> d = Lint.rule(Lint.run(text), "unknown-clause");
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("Did you mean `limitation-of-liability`?"), d.get(0).message());
        assertEquals(List.of("clause-defaults@5:12"), found(Lint.apply(text, d.get(0).fixes().get(0))),
                "the corrected clause is the library's, whose cap is a default to review");
        assertEquals(List.of(), found(contract("    clause our-own \"Our Own\": The Provider must answer each call.\n")),
                "a clause with its own prose needs no library");
    }

    @Test
    void aMisspeltPlaceholderNameIsReported() {
        String text = contract("    clause limitation-of-liability (capp \"CAD 1,000,000\")\n");
        List<Diagnostic> d = Lint.run(text);
        assertEquals(List.of("clause-defaults@5:12", "unknown-clause@5:37"), d.stream().map(x -> Lint.at(text, x)).toList(),
                "the misspelt value is not used, so the cap stays at the library's default");
        assertTrue(d.get(1).message().contains("Did you mean `cap`?"), d.get(1).message());
    }

    @Test
    void aPlaceholderWithNoDefaultNeedsAValue() {
        String text = contract("    clause governing-law\n");
        List<Diagnostic> d = Lint.run(text);
        assertEquals(List.of("placeholder@5:12"), d.stream().map(x -> Lint.at(text, x)).toList());
        String withBlank = Lint.apply(text, d.get(0).fixes().get(0));
        assertTrue(withBlank.contains("clause governing-law (jurisdiction \"\")"), withBlank);
        assertEquals(List.of("placeholder@5:12"), found(withBlank), "a blank value is still unfilled");
        assertEquals(List.of(), found(contract("    clause governing-law (jurisdiction \"Ontario, Canada\")\n")));
    }

    @Test
    void theStandardWordingWithOtherLineBreaksIsNotModified() {
        assertEquals(List.of(), found(contract("""
                    clause limitation-of-liability:
                        Each party's total liability to the other under this contract, whatever
                        the cause of action, must not exceed the fees paid in the 12 months
                        before the claim.
                """)));
        assertEquals(List.of(), found(contract("""
                    clause limitation-of-liability (cap "CAD 2,000,000"): Each party’s total liability to the
                        other under this contract, whatever the cause of action, must not exceed CAD 2,000,000.
                """)), "filled placeholders and typographic apostrophes aside");
        assertEquals(List.of(), found(contract("""
                    clause governing-law: The laws of Ontario, Canada govern this contract, and the courts of
                        that jurisdiction have exclusive jurisdiction over each dispute arising from this contract.
                """)), "text written where a placeholder has no default fills it");
    }

    @Test
    void aChangedWordingSaysWhatChangedAndNamesTheLibraryVersion() {
        String text = contract("""
                    clause limitation-of-liability:
                        Each party's total liability to the other under this contract, whatever
                        the cause of action, must not exceed the fees paid in the 6 months
                        before the claim, except for gross negligence.
                """);
        List<Diagnostic> d = Lint.run(text);
        assertEquals(List.of("clause-modified@7:67"), d.stream().map(x -> Lint.at(text, x)).toList());
        String message = d.get(0).message();
        assertTrue(message.contains("the standard has \"12\" where this clause has \"6\""), message);
        assertTrue(message.contains("6 words added and 2 removed in 2 places"), message);
        assertTrue(message.contains("`mssp-clauses` 2.0.0"), message);
        assertEquals(Builtins.NAME_PREFIX + "libraries/mssp-clauses.cspec", d.get(0).related().get(0).document());
    }

    @Test
    void expandingAClauseWritesItsWordingWithTheValuesAndLintsTheSame() {
        String text = contract("    clause limitation-of-liability (cap \"CAD 2,000,000\")\n    clause governing-law (jurisdiction \"Ontario\")\n");
        SourceText source = new SourceText("c.cspec", text);
        Contract contract = (Contract) SpecParser.parse(source).document();
        Section section = (Section) contract.items().get(0);
        StringBuilder out = new StringBuilder(text);
        List<Clause> clauses = section.items().stream().map(Clause.class::cast).toList();
        for (int i = clauses.size() - 1; i >= 0; i--) {
            TextEdit edit = ClauseExpansion.expand(source, clauses.get(i), CatalogResolver.builtInCatalog(), RoleWords.of(contract)).orElseThrow();
            out.replace(edit.span().start(), edit.span().end(), edit.newText());
        }
        String expanded = out.toString();
        assertTrue(expanded.contains("""
                    clause limitation-of-liability "Limitation of Liability" (cap "CAD 2,000,000"):
                        Each party's total liability to the other under this contract, whatever the cause of
                        action, must not exceed CAD 2,000,000.
                """), expanded);
        assertTrue(expanded.contains("The laws of Ontario govern this contract"), expanded);
        assertEquals(List.of(), found(expanded));
        Clause written = (Clause) ((Section) ((Contract) SpecParser.parse(new SourceText("e", expanded)).document()).items().get(0)).items().get(0);
        assertTrue(ClauseExpansion.expand(new SourceText("e", expanded), written, CatalogResolver.builtInCatalog(), RoleWords.STANDARD).isEmpty(),
                "a clause with prose is already expanded");
    }

    @Test
    void theHeadersJurisdictionFillsTheGoverningLawClause() {
        String text = "contract \"Support\" {\n    jurisdiction \"Manitoba, Canada\"\n}\n\n"
                + "section general \"General\" {\n    clause governing-law\n}\n";
        SourceText source = new SourceText("c.cspec", text);
        Contract contract = (Contract) SpecParser.parse(source).document();
        Clause clause = (Clause) ((Section) contract.items().get(0)).items().get(0);
        TextEdit edit = ClauseExpansion.expand(source, clause, CatalogResolver.builtInCatalog(), contract).orElseThrow();
        assertTrue(edit.newText().contains("The laws of Manitoba, Canada govern this contract"), edit.newText());
        assertEquals(List.of(), found(text));
    }
}
