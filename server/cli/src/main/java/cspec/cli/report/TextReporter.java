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
                // One flush a file, not one a line: the launcher's writer flushes on every println, a
                // system call per finding (a batch of 5,000 files prints 460,000 of them).
                for (Diagnostic d : file.diagnostics()) {
                    out.print(line(file, d));
                    out.print(System.lineSeparator());
                }
                out.flush();
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
        if (message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
            return message; // nearly every message: two searches instead of three replacements
        }
        return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
