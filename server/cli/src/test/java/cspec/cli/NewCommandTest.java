package cspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.Analyzer;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.files.DiskFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private List<Diagnostic> lint(Path file) throws Exception {
        String text = Files.readString(file);
        Workspace workspace = new Workspace(dir, Config.DEFAULT, new DiskFiles());
        return Analyzer.analyze(new SourceText(file.toString(), text), file, workspace).diagnostics();
    }

    @Test
    void writesASkeletonWhoseOnlyErrorsAreItsBlanks() throws Exception {
        Files.writeString(dir.resolve("cspec.json"), "{}");
        Path file = dir.resolve("contracts/soc.cspec");
        assertEquals(0, run(new NewCommand(), "--profile", "soc-services", file.toString()), err.toString());
        String text = Files.readString(file);
        assertTrue(text.contains("profile soc-services"));
        for (String id : List.of("scope", "services", "service-levels", "termination")) {
            assertTrue(text.contains("section " + id + " "), id);
        }
        List<String> errors = lint(file).stream().filter(d -> d.severity() == Severity.ERROR)
                .filter(d -> !d.ruleId().equals("placeholder")).map(Diagnostic::message).toList();
        assertEquals(List.of(), errors);
        assertTrue(out.toString().startsWith("Wrote "), out.toString());
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = dir.resolve("existing.cspec");
        Files.writeString(file, "keep me");
        assertEquals(2, run(new NewCommand(), "--profile", "soc-services", file.toString()));
        assertEquals("keep me", Files.readString(file));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("already exists"));
    }

    @Test
    void anUnknownProfileIsAUsageErrorWithASuggestion() {
        Path file = dir.resolve("x.cspec");
        assertEquals(2, run(new NewCommand(), "--profile", "soc-service", file.toString()));
        assertTrue(err.toString().contains("Did you mean `soc-services`?"), err.toString());
        assertTrue(Files.notExists(file));
    }

    @Test
    void aWorkspaceProfileCanBeUsed() throws Exception {
        Files.writeString(dir.resolve("cspec.json"), "{}");
        Files.writeString(dir.resolve("acme.cspec"), "profile acme \"Acme support\" {\n    requires section hours \"Hours\": Say when the Provider answers calls.\n}\n");
        Path file = dir.resolve("c.cspec");
        assertEquals(0, run(new NewCommand(), "--profile", "acme", file.toString()), err.toString());
        assertTrue(Files.readString(file).contains("section hours \"Hours\" {\n    // Say when the Provider answers calls.\n"));
    }

    @Test
    void listsTheBuiltInProfilesAndTheWorkspacesOwnForAnEditorToOffer() throws Exception {
        Files.writeString(dir.resolve("cspec.json"), "{}");
        Files.writeString(dir.resolve("acme.cspec"), "profile acme \"Acme support\" {\n    requires section hours \"Hours\": Say when.\n}\n");
        assertEquals(0, run(new NewCommand(), "--list-profiles", dir.resolve("new.cspec").toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.contains("soc-services\tManaged SOC services"), out.toString());
        assertTrue(lines.contains("acme\tAcme support"), out.toString());
        assertTrue(lines.stream().allMatch(l -> l.split("\t").length == 2), out.toString());
    }

    @Test
    void withoutAProfileOrAFileItSaysWhatToWrite() {
        assertEquals(2, run(new NewCommand(), dir.resolve("x.cspec").toString()));
        assertTrue(err.toString().contains("cspec new --profile soc-services my-contract.cspec"), err.toString());
        assertTrue(Files.notExists(dir.resolve("x.cspec")));
    }

    @Test
    void theFirstCommentNamesTheProfileWithoutAnAbsolutePath() throws Exception {
        Files.writeString(dir.resolve("cspec.json"), "{}");
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/acme.cspec"), "profile acme \"Acme support\" {\n    requires sla\n}\n");
        Path workspaceContract = dir.resolve("contracts/c.cspec");
        assertEquals(0, run(new NewCommand(), "--profile", "acme", workspaceContract.toString()), err.toString());
        String first = Files.readString(workspaceContract).lines().findFirst().orElseThrow();
        assertEquals("// Acme support: contract written by `cspec new` from profile `acme` (profiles/acme.cspec in the workspace).",
                first);
        Path builtIn = dir.resolve("contracts/soc.cspec");
        assertEquals(0, run(new NewCommand(), "--profile", "soc-services", builtIn.toString()), err.toString());
        String firstBuiltIn = Files.readString(builtIn).lines().findFirst().orElseThrow();
        assertTrue(firstBuiltIn.matches("// .*from profile `soc-services` \\d+\\.\\d+\\.\\d+ \\(built in\\)\\."), firstBuiltIn);
        assertTrue(!firstBuiltIn.contains(dir.toString()), firstBuiltIn);
    }

    @Test
    void builtinsExportWritesEveryFileAndListsVersions() throws Exception {
        assertEquals(0, run(new BuiltinsCommand(), "--export", dir.toString()));
        assertTrue(Files.readString(dir.resolve("profiles/soc-services.cspec")).startsWith("// cspec built-in profile soc-services, version 2.0.0."));
        assertTrue(Files.exists(dir.resolve("libraries/mssp-clauses.cspec")));
        assertTrue(out.toString().contains("identical to a built-in as that built-in"), "the export says how it changes resolution");
        assertEquals(0, run(new BuiltinsCommand(), "--export", dir.toString()), "re-exporting identical files is fine");
        Files.writeString(dir.resolve("profiles/soc-services.cspec"), "// my edits");
        assertEquals(2, run(new BuiltinsCommand(), "--export", dir.toString()));
        assertEquals("// my edits", Files.readString(dir.resolve("profiles/soc-services.cspec")));
        assertEquals(0, run(new BuiltinsCommand(), "--export", dir.toString(), "--force"));
        assertEquals(0, run(new BuiltinsCommand()));
        assertTrue(out.toString().contains("profile soc-services 2.0.0"), out.toString());
    }
}
