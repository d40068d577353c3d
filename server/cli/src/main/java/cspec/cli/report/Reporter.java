package cspec.cli.report;

import java.io.PrintWriter;

/** Writes a report in one format to standard output. */
public interface Reporter {
    void write(Report report, PrintWriter out);
}
