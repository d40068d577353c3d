package cspec.cli;

import cspec.cli.report.FileReport;
import cspec.cli.report.TextReporter;
import cspec.cli.report.Uris;
import cspec.core.Analyzer;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.files.DiskFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is wrong in the cspec.json files a run uses, each file once. An error stops the run
 * before any linting: it is printed on stderr as
 * {@code cspec.json:line:column: severity: message [rule-id]} and the run exits 2, so standard
 * output never carries a report made with a broken configuration. Anything less (an unknown
 * rule name, say) is also printed there, and becomes findings against the cspec.json file in the
 * report itself ({@link #fileReports}), so that JSON, SARIF and --fail-on see it too.
 */
final class ConfigProblems {
    private ConfigProblems() {
    }

    /** Prints every problem; true when one is an error, which makes the run exit 2. */
    static boolean report(Path cwd, List<Workspace> workspaces, PrintWriter err) {
        Set<Path> printed = new LinkedHashSet<>();
        boolean errors = false;
        for (Workspace workspace : workspaces) {
            Config config = workspace.config();
            if (config.file() == null || config.problems().isEmpty() || !printed.add(config.file())) {
                continue;
            }
            String display = display(cwd, config.file());
            SourceText text = new SourceText(display, read(config.file()));
            FileReport file = new FileReport(display, display, display, text, config.problems(), List.of(), List.of());
            for (Diagnostic d : config.problems()) {
                err.println(TextReporter.line(file, d));
                errors |= d.severity() == Severity.ERROR;
            }
        }
        if (errors) {
            err.println("cspec: " + (printed.size() == 1 ? display(cwd, printed.iterator().next()) : "the configuration")
                    + " has errors; fix them and run again.");
        }
        err.flush();
        return errors;
    }

    /**
     * One report entry per cspec.json with problems, in the order the workspaces come, each
     * problem at the severity the configuration itself gives its rule (so {@code "unknown-rule":
     * "off"} silences an unknown rule name there as it does in a suppression).
     */
    static List<FileReport> fileReports(Path cwd, List<Workspace> workspaces) {
        Set<Path> seen = new LinkedHashSet<>();
        List<FileReport> reports = new ArrayList<>();
        for (Workspace workspace : workspaces) {
            Config config = workspace.config();
            if (config.file() == null || config.problems().isEmpty() || !seen.add(config.file())) {
                continue;
            }
            List<Diagnostic> shown = Analyzer.configProblems(config);
            if (shown.isEmpty()) {
                continue;
            }
            String display = display(cwd, config.file());
            SourceText text = new SourceText(display, read(config.file()));
            reports.add(new FileReport(display, Uris.slashPath(cwd, config.file()), Uris.of(cwd, config.file()), text,
                    shown, List.of(), List.of()));
        }
        return reports;
    }

    private static String read(Path file) {
        // Bounded to its own folder: a cspec.json that links out of it is reported, never shown.
        return new DiskFiles().within(file.toAbsolutePath().getParent()).read(file).orElse("");
    }

    private static String display(Path cwd, Path file) {
        Path base = cwd.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
