package cspec.cli;

import cspec.cli.report.FileReport;
import cspec.cli.report.TextReporter;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints what is wrong in the cspec.json files a run uses, on stderr as
 * {@code cspec.json:line:column: severity: message [rule-id]}, each file once. Standard output
 * stays for the report, so {@code --format sarif > out.sarif} is valid whatever the config says.
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

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String display(Path cwd, Path file) {
        Path base = cwd.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
