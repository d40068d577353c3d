package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * GitLab's Code Quality report (a JSON array of issues), which merge requests show inline. The
 * fingerprint is unique per finding and stable across runs (rule, file, flagged line text and
 * occurrence); severities map error to critical, warning to major, information to minor and
 * hint to info (cspec has nothing that blocks on its own, so blocker is unused).
 */
public final class GitlabReporter implements Reporter {
    private final Fingerprints fingerprints = new Fingerprints();

    @Override
    public FileSink open(Path base, PrintWriter out) {
        JsonStream json = new JsonStream(out).beginArray();
        return new FileSink() {
            @Override
            public void add(FileReport file) {
                for (Diagnostic d : file.diagnostics()) {
                    json.element(issue(file, d));
                }
                fingerprints.forget(file);
            }

            @Override
            public void close(Tally tally) {
                json.endArray().finish();
            }
        };
    }

    private JsonObject issue(FileReport file, Diagnostic d) {
        JsonObject issue = new JsonObject();
        issue.addProperty("description", d.message());
        issue.addProperty("check_name", d.ruleId());
        String lineHash = fingerprints.next(file, d);
        issue.addProperty("fingerprint", Fingerprints.sha256(file.slashPath() + "\u0000" + d.ruleId() + "\u0000" + lineHash));
        issue.addProperty("severity", severity(d.severity()));
        JsonObject lines = new JsonObject();
        lines.addProperty("begin", Range.of(file.source(), d.span()).startLine());
        JsonObject location = new JsonObject();
        location.addProperty("path", file.slashPath());
        location.add("lines", lines);
        issue.add("location", location);
        return issue;
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFORMATION -> "minor";
            case HINT -> "info";
        };
    }
}
