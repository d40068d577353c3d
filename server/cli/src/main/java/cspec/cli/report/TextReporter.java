package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code path:line:column: severity: message [rule-id]}, one finding a line, as compilers print. */
public final class TextReporter implements Reporter {
    @Override
    public FileSink open(Path base, PrintWriter out) {
        return new FileSink() {
            @Override
            public void add(FileReport file) {
                for (Diagnostic d : file.diagnostics()) {
                    out.println(line(file, d));
                }
            }

            @Override
            public void close(Tally tally) {
                out.flush();
            }
        };
    }

    public static String line(FileReport file, Diagnostic d) {
        Range r = Range.of(file.source(), d.span());
        return file.displayPath() + ":" + r.startLine() + ":" + r.startColumn() + ": " + d.severity().label() + ": "
                + oneLine(d.message()) + " [" + d.ruleId() + "]";
    }

    /** A message always prints on one line, so each finding stays one line for grep and editors. */
    static String oneLine(String message) {
        return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
