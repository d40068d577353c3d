package cspec.core.profile;

import cspec.core.drafting.ClauseGuidance;
import cspec.core.drafting.ClauseText;
import cspec.core.drafting.Placeholder;
import cspec.core.drafting.RoleWords;
import cspec.core.drafting.Skeletons;
import cspec.core.catalog.Builtins;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.CatalogResolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.Analyzer;
import cspec.core.AnalysisResult;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The built-in profiles and clause library: they parse, are complete, and lint clean. */
class BuiltinsTest {

    @Test
    void everyBuiltInParsesWithoutErrorsAndHasItsIndexedId() {
        for (Builtins.Document d : Builtins.all()) {
            assertEquals(List.of(), d.parsed().syntaxErrors(), d.file());
            assertNotNull(d.parsed().document(), d.file());
            String id = d.parsed().document() instanceof Profile p ? p.id().text() : ((Library) d.parsed().document()).id().text();
            assertEquals(d.id(), id, d.file() + " declares another ID than index.json");
            assertTrue(d.version().matches("\\d+\\.\\d+\\.\\d+"), d.file() + " version " + d.version());
            assertTrue(d.text().startsWith("// cspec built-in " + d.kind() + " " + d.id() + ", version " + d.version() + "."),
                    d.file() + " must name its version in its first line");
        }
    }

    @Test
    void socServicesIsExactlyTheProfileOfLanguageSection5() {
        Profile soc = (Profile) Builtins.byId("soc-services").orElseThrow().parsed().document();
        List<String> required = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        int slas = 0;
        for (Profile.Expectation e : soc.expectations()) {
            assertNotNull(e.guidance(), "every soc-services item carries guidance");
            if (e.isContent()) {
                continue;
            }
            if (e.kind() == Profile.Kind.SLA) {
                slas++;
                assertEquals(Profile.Strength.REQUIRES, e.strength());
            } else if (e.kind() == Profile.Kind.CLAUSE) {
                clauses.add(e.strength() + " " + e.id().text());
            } else {
                (e.strength() == Profile.Strength.REQUIRES ? required : recommended).add(e.id().text());
            }
        }
        assertEquals(List.of("scope", "services", "service-levels", "security-compliance", "incident-response",
                "data-protection", "access", "personnel", "subcontracting", "liability", "intellectual-property",
                "continuity", "reporting-review", "termination"), required);
        assertEquals(List.of("forensics", "reverse-engineering", "traffic-analysis", "threat-hunting",
                "threat-intelligence", "vulnerability-management", "control-monitoring", "red-teaming",
                "detection-content", "scalability", "integration", "client-duties", "monitoring-tiers", "experience",
                "support-model", "risk-management"), recommended);
        assertEquals(1, slas);
        assertEquals(List.of("REQUIRES limitation-of-liability", "REQUIRES breach-notification",
                "REQUIRES termination-for-cause", "REQUIRES transition-assistance", "REQUIRES data-return",
                "RECOMMENDS backup-access", "RECOMMENDS performance-bonus"), clauses);
    }

    @Test
    void everyGuidanceCitesASeed() {
        for (Catalog.ProfileEntry p : CatalogResolver.builtInCatalog().profiles()) {
            for (Profile.Expectation e : p.profile().expectations()) {
                String g = Skeletons.guidance(e, p.source()).orElse("");
                assertTrue(g.contains("(seed: "), p.profile().id().text() + " item at " + e.span() + " cites no seed: " + g);
            }
        }
    }

    @Test
    void everyClauseAProfileNamesExistsInTheBuiltInLibrary() {
        Catalog catalog = CatalogResolver.builtInCatalog();
        for (Catalog.ProfileEntry p : catalog.profiles()) {
            for (Profile.Expectation e : p.profile().expectations()) {
                if (e.kind() == Profile.Kind.CLAUSE) {
                    assertTrue(catalog.clause(e.id().text()).isPresent(), p.profile().id().text() + " names " + e.id().text());
                }
            }
        }
    }

    @Test
    void theLibraryHasAtLeastFortyClausesWithUniqueIds() {
        Library library = (Library) Builtins.byId("mssp-clauses").orElseThrow().parsed().document();
        assertTrue(library.clauses().size() >= 40, "only " + library.clauses().size() + " clauses");
        Set<String> ids = new HashSet<>();
        library.clauses().forEach(c -> assertTrue(ids.add(c.id().text()), "duplicate clause " + c.id().text()));
    }

    /**
     * Sections and clauses share one namespace in a contract ({@code [X]} may point at either), so a
     * built-in clause must never carry the ID of a section some built-in profile asks for: a
     * contract that follows the profile and takes the clause would get duplicate-id.
     */
    @Test
    void noBuiltInClauseIdIsASectionIdOfABuiltInProfile() {
        Catalog catalog = CatalogResolver.builtInCatalog();
        Map<String, String> sections = new java.util.TreeMap<>();
        for (Catalog.ProfileEntry p : catalog.profiles()) {
            for (Profile.Expectation e : p.profile().expectations()) {
                if (e.kind() == Profile.Kind.SECTION) {
                    sections.putIfAbsent(e.id().text(), p.profile().id().text());
                }
            }
        }
        List<String> collisions = new ArrayList<>();
        for (Catalog.ClauseEntry c : catalog.clauses()) {
            String id = c.clause().id().text();
            if (sections.containsKey(id)) {
                collisions.add("clause `" + id + "` is also a section of profile " + sections.get(id));
            }
        }
        assertEquals(List.of(), collisions);
    }

    @Test
    void theLibraryCoversEveryTopicOfTheIssue() {
        Set<String> ids = new HashSet<>();
        CatalogResolver.builtInCatalog().clauses().forEach(c -> ids.add(c.clause().id().text()));
        for (String topic : List.of("service-scope", "service-credits", "data-location", "data-handling", "breach-notification",
                "encryption", "regulatory-compliance", "audit-rights", "certifications", "incident-escalation",
                "incident-communication", "subcontractor-approval", "vendor-oversight", "background-checks",
                "personnel-offboarding", "remote-access", "backup-access", "limitation-of-liability", "indemnity",
                "insurance", "confidentiality", "trade-secrets", "client-ip", "business-continuity", "service-reviews",
                "kpi-reporting", "continuous-improvement", "vulnerability-assessments", "termination-for-cause",
                "termination-for-convenience", "transition-assistance", "data-ownership", "data-return",
                "change-management", "governing-law")) {
            assertTrue(ids.contains(topic), "no clause " + topic);
        }
    }

    /** One test per built-in clause: title, section hint, well-formed placeholders, guidance comment. */
    @TestFactory
    Stream<DynamicTest> everyBuiltInClause() {
        return CatalogResolver.builtInCatalog().clauses().stream().map(entry -> DynamicTest.dynamicTest(
                entry.clause().id().text(), () -> {
                    Clause c = entry.clause();
                    assertNotNull(c.title(), "title");
                    assertFalse(c.title().value().isBlank(), "title");
                    assertTrue(entry.sectionHint().isPresent(), "(section ID) hint");
                    assertNotNull(c.prose(), "standard wording");
                    Placeholder.Scan scan = Placeholder.scan(c.prose().maskedText(entry.source()));
                    assertEquals(List.of(), scan.problems(), "malformed placeholders");
                    assertTrue(ClauseGuidance.of(entry).isPresent(), "guidance comment above the clause");
                    assertTrue(ClauseGuidance.of(entry).get().contains("(seed: "), "guidance cites a seed");
                    String filled = String.join(" ", ClauseText.filledWording(entry, Map.of(), RoleWords.STANDARD));
                    for (Map.Entry<String, Optional<String>> p : scan.byName().entrySet()) {
                        if (p.getValue().isPresent()) {
                            assertFalse(filled.contains("{{" + p.getKey()), "default not filled in");
                        }
                    }
                }));
    }

    /** Every built-in file lints clean under every check on the classpath (wording rules included once they land). */
    @TestFactory
    Stream<DynamicTest> everyBuiltInLintsClean() {
        return Builtins.all().stream().map(d -> DynamicTest.dynamicTest(d.file(), () -> {
            AnalysisResult result = Analyzer.analyze(new SourceText(d.source().name(), d.text()), null, Workspace.standalone());
            List<String> found = new ArrayList<>();
            for (Diagnostic diagnostic : result.diagnostics()) {
                found.add(d.source().lines().position(diagnostic.span().start()) + " " + diagnostic.ruleId() + ": "
                        + diagnostic.message());
            }
            assertEquals(List.of(), found);
        }));
    }
}
