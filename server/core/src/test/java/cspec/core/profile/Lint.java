package cspec.core.profile;

import cspec.core.Analyzer;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The one place the profile tests call the analyzer, apply fixes and read test resources. */
final class Lint {
    static final Path ROOT = Path.of("/ws").toAbsolutePath();
    static final Path CONTRACT = ROOT.resolve("contract.cspec");

    private Lint() {
    }

    static List<Diagnostic> run(String text) {
        return run(text, new MemoryFiles(), Config.DEFAULT);
    }

    static List<Diagnostic> run(String text, MemoryFiles files, Config config) {
        files.put(CONTRACT, text);
        Workspace workspace = new Workspace(ROOT, config, files);
        return Analyzer.analyze(new SourceText(CONTRACT.toString(), text), CONTRACT, workspace).diagnostics();
    }

    static List<Diagnostic> rule(List<Diagnostic> all, String ruleId) {
        return all.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    static String apply(String text, Fix fix) {
        return cspec.core.diagnostic.FixApplier.applyEdits(text, fix.edits());
    }

    static String resource(String path) {
        try (InputStream in = Lint.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Config withDefaultProfile(String id) {
        return new Config(null, id, java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Config withPaths(List<String> profiles, List<String> libraries) {
        return new Config(null, null, java.util.Map.of(), java.util.Map.of(), libraries, profiles, List.of(), List.of());
    }

    /** rule@line:column for compact assertions. */
    static String at(String text, Diagnostic d) {
        var p = new SourceText("t", text).lines().position(d.span().start());
        return d.ruleId() + "@" + (p.line() + 1) + ":" + (p.column() + 1);
    }
}
