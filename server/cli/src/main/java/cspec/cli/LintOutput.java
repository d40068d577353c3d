package cspec.cli;

import cspec.cli.report.Baseline;
import cspec.cli.report.FileReport;
import cspec.cli.report.Reporter;
import cspec.cli.report.Tally;
import cspec.core.diagnostic.Diagnostic;
import java.util.function.Consumer;

/**
 * Where {@code cspec lint} sends each file as soon as it and the files before it are done: the
 * baseline being recorded, the baseline's filter, the chosen report, the tally and the exit
 * decision. It keeps counts, never files, so a batch holds a window of files, not the run.
 */
final class LintOutput implements Consumer<FileReport> {
    private final Reporter.FileSink sink;
    private final Baseline known;
    private final Baseline.Recorder recorder;
    private final FailOn failOn;
    private final Tally tally = new Tally();
    private final int[] filtered = {0};
    private boolean failed;

    /** known filters out accepted findings and recorder records every finding; either may be null. */
    LintOutput(Reporter.FileSink sink, Baseline known, Baseline.Recorder recorder, FailOn failOn) {
        this.sink = sink;
        this.known = known;
        this.recorder = recorder;
        this.failOn = failOn;
    }

    @Override
    public void accept(FileReport file) {
        if (recorder != null) {
            recorder.add(file);
        }
        FileReport shown = known == null ? file : known.newFindings(file, filtered);
        sink.add(shown);
        tally.add(shown);
        for (Diagnostic d : shown.diagnostics()) {
            failed |= failOn.fails(d.severity());
        }
    }

    /** Ends the report. */
    void close() {
        sink.close(tally);
    }

    Tally tally() {
        return tally;
    }

    /** How many findings the baseline left out. */
    int filtered() {
        return filtered[0];
    }

    /** Whether a finding shown is at least as severe as --fail-on. */
    boolean failed() {
        return failed;
    }
}
