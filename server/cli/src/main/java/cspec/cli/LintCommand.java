package cspec.cli;

import cspec.cli.report.FileReport;
import cspec.cli.report.Report;
import cspec.cli.report.ReportFormat;
import cspec.core.ExitCodes;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cspec lint [PATH...]}: the findings for files and folders, in the chosen format. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check .cspec files and report what the rules find.",
                "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, input or "
                        + "configuration error."})
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders to lint; folders are searched for *.cspec files (default: .).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
            completionCandidates = ReportFormat.Labels.class,
            description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = FailOn.Converter.class,
            description = "Exit 1 when a finding is at least this severe: error, warning, information, hint or never "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this cspec.json for every file; its folder is the workspace root.")
    Path config;

    @Option(names = "--fix", description = "Apply the safe quick fixes, write changed files back, report what remains.")
    boolean fix;

    private final Path cwd;

    public LintCommand() {
        this(Path.of("").toAbsolutePath());
    }

    /** A lint command that resolves paths against cwd (tests run in a temporary folder). */
    public LintCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpecFinder finder = SpecFinder.create(cwd, config);
        if (finder.explicitWorkspace().isPresent()
                && ConfigProblems.report(cwd, List.of(finder.explicitWorkspace().get()), err)) {
            return ExitCodes.USAGE;
        }
        SpecFinder.Found found = finder.find(paths.isEmpty() ? List.of(".") : paths);
        List<Workspace> workspaces = found.targets().stream().map(SpecFinder.Target::workspace).distinct().toList();
        if (finder.explicitWorkspace().isEmpty() && ConfigProblems.report(cwd, workspaces, err)) {
            return ExitCodes.USAGE;
        }
        Linter linter = new Linter(cwd, fix);
        // Analysis is pure, so files are analysed on every core; --fix writes files and keeps
        // counts, so it goes one file at a time. Reports keep the files' order either way.
        List<FileReport> files = new ArrayList<>(ConfigProblems.fileReports(cwd,
                finder.explicitWorkspace().map(List::of).orElse(workspaces)));
        files.addAll(fix ? found.targets().stream().map(linter::lint).toList()
                : found.targets().parallelStream().map(linter::lint).toList());
        found.unreadable().forEach(entry -> files.add(linter.unreadable(entry)));
        Report report = new Report(cwd, files);
        format.reporter().write(report, out);
        out.flush();
        summarize(report, found, linter, err);
        if (!linter.writeFailures().isEmpty()) {
            // A fix that could not be written is an input/output problem: it outranks findings.
            linter.writeFailures().forEach(message -> err.println("cspec: " + message));
            err.flush();
            return ExitCodes.USAGE;
        }
        if (linter.unreadableCount() > 0) {
            // Whatever --fail-on or cspec.json say: an unread contract must never pass as a clean one.
            err.println("cspec: " + linter.unreadableCount() + (linter.unreadableCount() == 1 ? " file or folder" : " files or folders")
                    + " could not be read; see the unreadable-file findings.");
            err.flush();
            return ExitCodes.USAGE;
        }
        return failed(report) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void summarize(Report report, SpecFinder.Found found, Linter linter, PrintWriter err) {
        if (fix) {
            err.println("Fixed " + linter.fixesApplied() + (linter.fixesApplied() == 1 ? " problem" : " problems") + " in "
                    + linter.filesFixed() + (linter.filesFixed() == 1 ? " file" : " files") + ".");
        }
        String excluded = found.excluded() == 0 ? "" : " (" + found.excluded() + " excluded by cspec.json)";
        err.println(report.summary() + excluded);
        err.flush();
    }

    private boolean failed(Report report) {
        for (FileReport file : report.files()) {
            for (Diagnostic d : file.diagnostics()) {
                if (failOn.fails(d.severity())) {
                    return true;
                }
            }
        }
        return false;
    }
}
