package cspec.core.syntax;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import java.util.List;

/**
 * The result of parsing one file, which never fails: the document (null when nothing
 * recognisable was found), every comment, and the syntax and limit diagnostics.
 */
public record SpecFile(SourceText source, Document document, List<Comment> comments, List<Diagnostic> syntaxErrors) {
    public SpecFile {
        comments = List.copyOf(comments);
        syntaxErrors = List.copyOf(syntaxErrors);
    }
}
