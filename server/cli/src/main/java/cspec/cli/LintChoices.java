package cspec.cli;

import cspec.cli.report.Baseline;
import cspec.cli.report.ReportFormat;
import cspec.core.ExitCodes;
import cspec.files.DiskFiles;
import cspec.files.SafeWriter;
import cspec.files.WriteFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of `cspec lint` that change what a run prints rather than what it finds: option
 * combinations that make no sense, the baseline files, and the diff of --fix --diff.
 */
final class LintChoices {
    private LintChoices() {
    }

    /** Options that cannot go together are a usage error, said in one line. */
    static void check(LintCommand lint) {
        if (lint.diff && !lint.fix) {
            throw new UsageException("--diff shows what --fix would change; use them together: cspec lint --fix --diff");
        }
        if (lint.statistics && lint.format != ReportFormat.TEXT) {
            throw new UsageException("--statistics replaces the text report; leave out --format " + lint.format.label());
        }
        if (lint.baseline != null && lint.writeBaseline != null) {
            throw new UsageException("--write-baseline records every finding and --baseline hides recorded ones: use one at a time");
        }
        if (lint.writeBaseline != null && lint.fix) {
            throw new UsageException("write the baseline without --fix, so that it records the findings as they are");
        }
    }

    static int writeBaseline(Baseline.Recorder recorder, Path file, String shown, boolean quiet, PrintWriter err) {
        try {
            SafeWriter.disk().create(file, recorder.bytes(), true, shown);
        } catch (WriteFailure e) {
            throw new UsageException(e.getMessage());
        }
        if (!quiet) {
            int count = recorder.count();
            err.println("Wrote " + count + (count == 1 ? " finding" : " findings") + " to " + shown
                    + "; `cspec lint --baseline " + shown + "` now reports only new ones.");
            err.flush();
        }
        return ExitCodes.OK;
    }

    static Baseline readBaseline(Path file, String shown) {
        String text = new DiskFiles().read(file).orElseThrow(() -> new UsageException("cannot read the baseline " + shown
                + " (write one with --write-baseline " + shown + ")"));
        List<String> problems = new ArrayList<>();
        Baseline baseline = Baseline.parse(text, problems);
        if (!problems.isEmpty()) {
            throw new UsageException(shown + " " + problems.get(0));
        }
        return baseline;
    }

    /** Each changed file as a unified diff on stdout; exit 1 when --fix would change something. */
    static int printDiffs(Linter linter, PrintWriter out, PrintWriter err, boolean quiet) {
        for (Linter.Preview p : linter.previews()) {
            out.print(UnifiedDiff.of(p.path(), p.before(), p.after()));
        }
        out.flush();
        if (!quiet) {
            err.println("Would fix " + linter.fixesApplied() + (linter.fixesApplied() == 1 ? " problem" : " problems") + " in "
                    + linter.filesFixed() + (linter.filesFixed() == 1 ? " file" : " files") + "; run without --diff to apply.");
            err.flush();
        }
        return linter.previews().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
