package cspec.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Writes a report in one format to standard output, file by file as the files are linted, so
 * that a run over thousands of files holds only the files still being analysed.
 */
public interface Reporter {
    /** Starts the report; base is the folder relative paths start from (the current directory). */
    FileSink open(Path base, PrintWriter out);

    /** The files of one report, in order: each is written (or counted) and then forgotten. */
    interface FileSink {
        void add(FileReport file);

        /** Ends the report; the tally counts every file added. */
        void close(Tally tally);

        /** Writes nothing: for runs whose output is something else (a baseline, a diff). */
        FileSink NONE = new FileSink() {
            @Override
            public void add(FileReport file) {
            }

            @Override
            public void close(Tally tally) {
            }
        };
    }

    /** Writes a report held whole. */
    default void write(Report report, PrintWriter out) {
        FileSink sink = open(report.base(), out);
        report.files().forEach(sink::add);
        sink.close(report.tally());
    }
}
