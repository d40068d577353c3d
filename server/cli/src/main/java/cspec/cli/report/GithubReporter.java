package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * GitHub Actions workflow commands, which annotate the pull request's lines:
 * {@code ::warning file=a.cspec,line=3,col=5,endLine=3,endColumn=12,title=vague-term::message}.
 * Information and hints become notices.
 */
public final class GithubReporter implements Reporter {
    @Override
    public FileSink open(Path base, PrintWriter out) {
        return new FileSink() {
            @Override
            public void add(FileReport file) {
                // One flush a file, not one a line (TextReporter says why).
                for (Diagnostic d : file.diagnostics()) {
                    out.print(command(file, d));
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

    static String command(FileReport file, Diagnostic d) {
        Range r = Range.of(file.source(), d.span());
        return "::" + kind(d.severity())
                + " file=" + property(file.slashPath())
                + ",line=" + r.startLine() + ",col=" + r.startColumn()
                + ",endLine=" + r.endLine() + ",endColumn=" + r.endColumn()
                + ",title=" + property(d.ruleId())
                + "::" + data(d.message());
    }

    private static String kind(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "notice";
        };
    }

    /** The message part: % and line breaks are escaped so the command stays one line. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as data, and also : and , which would end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
