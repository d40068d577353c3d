package cspec.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which profiles and clauses a contract sees, and what goes wrong with uses paths and duplicates. */
class ResolutionTest {
    private static final String LIBRARY = """
            library acme-clauses "Acme clauses" {
                clause acme-hours "Support Hours" (section services):
                    The Provider must answer calls from {{start: 08:00}} to {{end: 18:00}}.
            }
            """;
    private static final String PROFILE = """
            profile acme "Acme services" {
                requires section hours "Hours": Say when the Provider answers calls.
                requires clause acme-hours
            }
            """;

    private static String contract(String header) {
        return "contract \"Support\" {\n" + header + "}\n\nsection hours \"Hours\" {\n    clause acme-hours\n}\n";
    }

    @Test
    void aWorkspaceProfileAndLibraryFoundByTheScanAreHonoured() {
        MemoryFiles files = new MemoryFiles()
                .put(Lint.ROOT.resolve("lib/acme.cspec"), LIBRARY)
                .put(Lint.ROOT.resolve("profiles/acme.cspec"), PROFILE);
        List<Diagnostic> found = Lint.run(contract("    profile acme\n"), files, cspec.core.config.Config.DEFAULT);
        assertEquals(List.of(), found);
    }

    @Test
    void aWorkspaceProfileWithABuiltInIdReplacesTheBuiltIn() {
        MemoryFiles files = new MemoryFiles()
                .put(Lint.ROOT.resolve("lib/acme.cspec"), LIBRARY)
                .put(Lint.ROOT.resolve("soc.cspec"), PROFILE.replace("profile acme", "profile soc-services"));
        List<Diagnostic> found = Lint.run(contract("    profile soc-services\n"), files, cspec.core.config.Config.DEFAULT);
        assertEquals(List.of(), found, "only the workspace profile's two items apply");
    }

    @Test
    void usesLoadsAFileTheScanWouldNotSeeTwiceAndReportsBadPaths() {
        MemoryFiles files = new MemoryFiles()
                .put(Lint.ROOT.resolve("lib/acme.cspec"), LIBRARY)
                .put(Lint.ROOT.resolve("other.cspec"), "contract \"Other\" {\n}\n")
                .put(Lint.ROOT.getParent().resolve("outside.cspec"), LIBRARY);
        String text = contract("    uses \"lib/acme.cspec\"\n    uses \"lib/acme.cspec\"\n    uses \"lib/acmee.cspec\"\n"
                + "    uses \"other.cspec\"\n    uses \"../outside.cspec\"\n    uses \"contract.cspec\"\n");
        List<Diagnostic> found = Lint.run(text, files, cspec.core.config.Config.DEFAULT);
        List<Diagnostic> bad = Lint.rule(found, "bad-uses-path");
        assertEquals(List.of("bad-uses-path@4:10", "bad-uses-path@5:10", "bad-uses-path@7:10"),
                bad.stream().map(d -> Lint.at(text, d)).toList());
        assertTrue(bad.get(0).message().contains("Did you mean `lib/acme.cspec`?"), bad.get(0).message());
        assertEquals("\"lib/acme.cspec\"", Lint.apply(text, bad.get(0).fixes().get(0)).lines().skip(3).findFirst().orElseThrow().strip().substring(5));
        assertTrue(bad.get(1).message().contains("not a library or profile"), bad.get(1).message());
        assertTrue(bad.get(2).message().contains("this contract itself"), bad.get(2).message());
        List<Diagnostic> outside = Lint.rule(found, "outside-workspace");
        assertEquals(List.of("outside-workspace@6:10"), outside.stream().map(d -> Lint.at(text, d)).toList());
        assertTrue(outside.get(0).message().contains("outside the workspace"), outside.get(0).message());
    }

    @Test
    void aStandaloneContractCannotUseFiles() {
        String text = contract("    uses \"lib/acme.cspec\"\n");
        List<Diagnostic> found = cspec.core.Analyzer.analyze(new cspec.core.text.SourceText("c.cspec", text), null,
                cspec.core.workspace.Workspace.standalone()).diagnostics();
        assertEquals(List.of("bad-uses-path@2:10", "unknown-clause@6:12"), found.stream().map(d -> Lint.at(text, d)).toList());
    }

    @Test
    void configPathsLoadFilesAndFoldersAndReportWhatIsMissing() {
        MemoryFiles files = new MemoryFiles()
                .put(Lint.ROOT.resolve("lib/acme.cspec"), LIBRARY)
                .put(Lint.ROOT.resolve("p/acme.cspec"), PROFILE);
        var config = Lint.withPaths(List.of("p/acme.cspec"), List.of("lib", "missing"));
        String text = contract("    profile acme\n");
        List<Diagnostic> found = Lint.run(text, files, config);
        assertEquals(List.of("bad-uses-path@1:10"), found.stream().map(d -> Lint.at(text, d)).toList());
        assertTrue(found.get(0).message().contains("`missing` in cspec.json"), found.get(0).message());
    }

    @Test
    void twoWorkspaceLibrariesDefiningOneClauseAreReportedWhereTheContractUsesIt() {
        MemoryFiles files = new MemoryFiles()
                .put(Lint.ROOT.resolve("a.cspec"), LIBRARY)
                .put(Lint.ROOT.resolve("b.cspec"), LIBRARY.replace("acme-clauses", "acme-two"));
        String text = contract("");
        List<Diagnostic> found = Lint.run(text, files, cspec.core.config.Config.DEFAULT);
        assertEquals(List.of("duplicate-id@5:12"), found.stream().map(d -> Lint.at(text, d)).toList());
        assertEquals(2, found.get(0).related().size());
        String chosen = contract("    uses \"b.cspec\"\n");
        assertEquals(List.of(), Lint.run(chosen, files, cspec.core.config.Config.DEFAULT), "a uses line settles the choice");
    }

    /** What `cspec builtins --export DIR` writes, twice in one workspace, the second time with CRLF line ends. */
    private static MemoryFiles twoExports() {
        MemoryFiles files = new MemoryFiles();
        for (cspec.core.catalog.Builtins.Document d : cspec.core.catalog.Builtins.all()) {
            files.put(Lint.ROOT.resolve("exported/" + d.file()), d.text());
            files.put(Lint.ROOT.resolve("again/" + d.file()), d.text().replace("\n", "\r\n"));
        }
        return files;
    }

    @Test
    void uneditedExportsOfTheBuiltInsAreTheBuiltInsThemselves() {
        String text = "contract \"C\" {\n    profile soc-services\n}\n\nsection liability \"L\" {\n"
                + "    clause insurance\n    clause limitation-of-liability\n}\n";
        List<Diagnostic> alone = Lint.run(text);
        List<Diagnostic> exported = Lint.run(text, twoExports(), cspec.core.config.Config.DEFAULT);
        assertEquals(alone.stream().map(d -> d.ruleId() + " " + d.message()).toList(),
                exported.stream().map(d -> d.ruleId() + " " + d.message()).toList(),
                "two unedited exports change neither the findings nor how they name their source");
        assertTrue(exported.stream().anyMatch(d -> d.message().contains("(built in)")), "messages still say built in");
    }

    @Test
    void anEditedExportReplacesTheBuiltInForTheDefinitionsItChanges() {
        MemoryFiles files = twoExports();
        String library = cspec.core.catalog.Builtins.byId("mssp-clauses").orElseThrow().text()
                .replace("{{cure-days: 30}}", "{{cure-days: 45}}");
        files.put(Lint.ROOT.resolve("exported/libraries/mssp-clauses.cspec"), library);
        String text = "contract \"C\" {\n    notice cure 30 days\n}\n\nsection termination \"T\" {\n"
                + "    clause termination-for-cause\n    clause data-return\n}\n";
        List<Diagnostic> found = Lint.run(text, files, cspec.core.config.Config.DEFAULT);
        assertEquals(List.of("notice-mismatch@2:17"), found.stream().map(d -> Lint.at(text, d)).toList(),
                "the edited clause wins, the untouched ones stay the built-ins, and no duplicate-id appears");
    }

    @Test
    void aFileReachedThroughEveryRouteIsLoadedOnce() {
        MemoryFiles files = new MemoryFiles().put(Lint.ROOT.resolve("lib/acme.cspec"), LIBRARY);
        var config = Lint.withPaths(List.of(), List.of("lib", "lib/acme.cspec", "./lib/../lib/acme.cspec"));
        String text = contract("    uses \"lib/acme.cspec\"\n    uses \"./lib/acme.cspec\"\n");
        assertEquals(List.of(), Lint.run(text, files, config), "no duplicate-id for one file reached four ways");
    }

    @Test
    void everyPrefixOfAContractIsAnalysedWithoutAFailingCheck() {
        String full = Lint.resource("fixtures/bad-uses-path/fail-paths.cspec")
                + "\nsection liability \"L\" {\n    clause limitation-of-liability (cap \"x\"): Each party's total liability\n}\n";
        String text = full.replace("contract \"Monitoring\" {\n", "contract \"Monitoring\" {\n    profile soc-services\n");
        for (int end = 0; end <= text.length(); end += 3) {
            for (Diagnostic d : Lint.run(text.substring(0, end))) {
                assertTrue(!d.message().startsWith("cspec could not finish"), end + ": " + d.message());
            }
        }
    }
}
