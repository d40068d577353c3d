package cspec.cli;

import cspec.cli.report.FileReport;
import cspec.cli.report.Baseline;
import cspec.cli.report.Reporter;
import cspec.cli.report.ReportFormat;
import cspec.cli.report.Statistics;
import cspec.core.ExitCodes;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code cspec lint [PATH...]}: the findings for files and folders, in the chosen format. Its
 * command-line model is built by {@link #commandSpec()}, not read from annotations: picocli's
 * reflection over annotations cost a cold lint about a sixth of its main thread
 * (docs/benchmarks.md, issue 13 round 4).
 */
public final class LintCommand implements Callable<Integer> {
    CommandSpec spec;

    List<String> paths = new ArrayList<>();

    ReportFormat format = ReportFormat.TEXT;

    FailOn failOn = FailOn.ERROR;

    Path config;

    boolean fix;

    boolean diff;

    boolean quiet;

    boolean statistics;

    Path baseline;

    Path writeBaseline;

    Path ignorePath;

    private final Path cwd;

    public LintCommand() {
        this(Path.of("").toAbsolutePath());
    }

    /** A lint command that resolves paths against cwd (tests run in a temporary folder). */
    public LintCommand(Path cwd) {
        this.cwd = cwd;
    }

    /** The model picocli parses {@code lint}'s arguments with; its values reach the fields when the command runs. */
    public CommandSpec commandSpec() {
        CommandSpec lint = CommandSpec.wrapWithoutInspection(this).name("lint").versionProvider(new VersionProvider());
        lint.usageMessage().description("Check .cspec files and report what the rules find.",
                "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, input or "
                        + "configuration error.");
        Cli.addStandardHelpOptions(lint);
        lint.addPositional(PositionalParamSpec.builder().arity("0..*").paramLabel("PATH")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Files or folders to lint; folders are searched for *.cspec files (default: .).").build());
        lint.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(ReportFormat.class).defaultValue("text")
                .converters(new ReportFormat.Converter()).completionCandidates(new ReportFormat.Labels())
                .description("One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
        lint.addOption(OptionSpec.builder("--fail-on").paramLabel("LEVEL").type(FailOn.class).defaultValue("error")
                .converters(new FailOn.Converter())
                .description("Exit 1 when a finding is at least this severe: error, warning, information, hint or never "
                        + "(default: ${DEFAULT-VALUE}).").build());
        lint.addOption(pathOption("--config", "Use this cspec.json for every file; its folder is the workspace root."));
        lint.addOption(flag("Apply the safe quick fixes, write changed files back, report what remains.", "--fix"));
        lint.addOption(flag("With --fix: print the fixes as a unified diff and change no file "
                + "(exit 1 when there is something to fix).", "--diff"));
        lint.addOption(flag("Print the report only: no summary line and no progress on stderr.", "-q", "--quiet"));
        lint.addOption(flag("Print how many findings each rule raised, most first, instead of the findings.", "--statistics"));
        lint.addOption(pathOption("--baseline", "Leave out the findings FILE holds (see --write-baseline): "
                + "only new findings are reported and decide the exit status."));
        lint.addOption(pathOption("--write-baseline", "Write every current finding to FILE and exit 0, "
                + "so that later runs with --baseline FILE report only new ones."));
        lint.addOption(pathOption("--ignore-path", "Leave out the files FILE's patterns match "
                + "(.gitignore syntax, relative to FILE's folder), for example --ignore-path .gitignore."));
        spec = lint;
        return lint;
    }

    private static OptionSpec pathOption(String name, String description) {
        return OptionSpec.builder(name).paramLabel("FILE").type(Path.class).description(description).build();
    }

    private static OptionSpec flag(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description).build();
    }

    /** The parsed arguments, from the model into the fields the rest of lint reads. */
    private void takeArguments() {
        List<String> named = spec.positionalParameters().get(0).getValue();
        paths = named == null ? new ArrayList<>() : named;
        format = spec.findOption("--format").getValue();
        failOn = spec.findOption("--fail-on").getValue();
        config = spec.findOption("--config").getValue();
        fix = spec.findOption("--fix").getValue();
        diff = spec.findOption("--diff").getValue();
        quiet = spec.findOption("--quiet").getValue();
        statistics = spec.findOption("--statistics").getValue();
        baseline = spec.findOption("--baseline").getValue();
        writeBaseline = spec.findOption("--write-baseline").getValue();
        ignorePath = spec.findOption("--ignore-path").getValue();
    }

    @Override
    public Integer call() throws IOException {
        takeArguments();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LintChoices.check(this);
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
        List<SpecFinder.Target> targets = found.targets();
        if (ignorePath != null) {
            IgnoreFile ignore = IgnoreFile.load(cwd.resolve(ignorePath));
            targets = targets.stream().filter(t -> !ignore.ignores(t.file())).toList();
        }
        Linter linter = new Linter(cwd, fix, diff);
        Progress progress = Progress.of(err, targets.size(), quiet);
        java.util.function.Function<SpecFinder.Target, FileReport> lintOne = target -> {
            try {
                return linter.lint(target);
            } finally {
                progress.step();
            }
        };
        Baseline.Recorder recorder = writeBaseline == null ? null : new Baseline.Recorder();
        LintOutput output = output(out, recorder);
        ConfigProblems.fileReports(cwd, finder.explicitWorkspace().map(List::of).orElse(workspaces)).forEach(output);
        // Analysis is pure, so files are analysed on every core; --fix writes files and keeps
        // counts, so it goes one file at a time. Cores left idle (fewer files than cores) share
        // the checks of each file. The output keeps the files' order either way.
        int cores = Runtime.getRuntime().availableProcessors();
        int filesAtOnce = Math.max(1, Math.min(targets.size(), fix ? 1 : cores));
        SpareCores spareCores = SpareCores.of(cores - filesAtOnce, filesAtOnce);
        linter.withSpareThreads(spareCores.perFile());
        try {
            InOrder.map(targets, fix ? 1 : cores, lintOne, output);
            found.unreadable().forEach(entry -> output.accept(linter.unreadable(entry)));
        } finally {
            progress.finish();
            spareCores.close();
        }
        if (recorder != null) {
            return LintChoices.writeBaseline(recorder, cwd.resolve(writeBaseline), writeBaseline.toString(), quiet, err);
        }
        if (diff) {
            return LintChoices.printDiffs(linter, out, err, quiet);
        }
        output.close();
        out.flush();
        if (!quiet) {
            summarize(output, found, linter, err);
        }
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
        return output.failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The report chosen by the options, behind the baseline's filter; nothing is printed for a baseline or a diff. */
    private LintOutput output(PrintWriter out, Baseline.Recorder recorder) {
        Baseline known = baseline == null ? null : LintChoices.readBaseline(cwd.resolve(baseline), baseline.toString());
        Reporter.FileSink sink = writeBaseline != null || diff ? Reporter.FileSink.NONE
                : (statistics ? new Statistics() : format.reporter()).open(cwd, out);
        return new LintOutput(sink, known, recorder, failOn);
    }

    private void summarize(LintOutput output, SpecFinder.Found found, Linter linter, PrintWriter err) {
        if (fix) {
            err.println("Fixed " + linter.fixesApplied() + (linter.fixesApplied() == 1 ? " problem" : " problems") + " in "
                    + linter.filesFixed() + (linter.filesFixed() == 1 ? " file" : " files") + ".");
        }
        String excluded = found.excluded() == 0 ? "" : " (" + found.excluded() + " excluded by cspec.json)";
        err.println(output.tally().summary() + excluded);
        if (output.filtered() > 0) {
            err.println(output.filtered() + (output.filtered() == 1 ? " finding" : " findings") + " in the baseline "
                    + baseline + " not shown.");
        }
        err.flush();
    }
}
