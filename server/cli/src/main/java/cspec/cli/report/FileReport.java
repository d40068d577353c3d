package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.Comment;
import cspec.core.text.SourceText;
import java.util.List;

/**
 * What one file contributed to a report.
 *
 * @param displayPath the path as people read it: relative to the current directory when inside it
 * @param slashPath the same path with {@code /} between folders (absolute when outside), for github and gitlab
 * @param uri the same as a URI reference (percent-encoded), for json and sarif
 * @param source the text the diagnostics' spans point into
 * @param suppressed findings silenced by a suppression comment (SARIF carries them as suppressed)
 * @param comments the file's comments, where suppression reasons are written
 */
public record FileReport(String displayPath, String slashPath, String uri, SourceText source, List<Diagnostic> diagnostics,
                         List<Diagnostic> suppressed, List<Comment> comments) {
    public FileReport {
        diagnostics = List.copyOf(diagnostics);
        suppressed = List.copyOf(suppressed);
        comments = List.copyOf(comments);
    }
}
