package cspec.lsp;

import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * The one conversion between core values and LSP values. Core counts UTF-16 offsets; LSP counts
 * zero-based lines and UTF-16 characters; {@link LineIndex} is the bridge. A position past a
 * line's end means the line's end, as the protocol says.
 */
final class Convert {
    private Convert() {
    }

    static Position position(SourceText source, int offset) {
        cspec.core.text.Position p = source.lines().position(offset);
        return new Position(p.line(), p.column());
    }

    static Range range(SourceText source, Span span) {
        return new Range(position(source, span.start()), position(source, span.end()));
    }

    static int offset(SourceText source, Position position) {
        LineIndex lines = source.lines();
        if (position.getLine() < 0) {
            return 0;
        }
        if (position.getLine() >= lines.lineCount()) {
            return source.length();
        }
        int start = lines.lineStart(position.getLine());
        int end = lines.lineEnd(position.getLine(), source.text());
        return Math.min(start + Math.max(0, position.getCharacter()), end);
    }

    static Span span(SourceText source, Range range) {
        int start = offset(source, range.getStart());
        int end = offset(source, range.getEnd());
        return new Span(Math.min(start, end), Math.max(start, end));
    }

    /**
     * The span an editor's edit replaces, or empty when the range cannot lie in this text: a
     * missing or negative position, a line past the last one, or an end before the start. (A
     * character past its line's end means the line's end, as the protocol says.) An edit with
     * such a range was made to a text the server does not have.
     */
    static Optional<Span> editSpan(SourceText source, Range range) {
        if (range == null || !inText(source, range.getStart()) || !inText(source, range.getEnd())) {
            return Optional.empty();
        }
        Position start = range.getStart();
        Position end = range.getEnd();
        boolean inverted = end.getLine() < start.getLine()
                || (end.getLine() == start.getLine() && end.getCharacter() < start.getCharacter());
        return inverted ? Optional.empty() : Optional.of(new Span(offset(source, start), offset(source, end)));
    }

    private static boolean inText(SourceText source, Position position) {
        return position != null && position.getLine() >= 0 && position.getCharacter() >= 0
                && position.getLine() < source.lines().lineCount();
    }

    static TextEdit edit(SourceText source, cspec.core.diagnostic.TextEdit edit) {
        return new TextEdit(range(source, edit.span()), edit.newText());
    }

    static List<TextEdit> edits(SourceText source, List<cspec.core.diagnostic.TextEdit> edits) {
        List<TextEdit> out = new ArrayList<>();
        for (cspec.core.diagnostic.TextEdit e : edits) {
            out.add(edit(source, e));
        }
        return out;
    }

    /**
     * An LSP diagnostic: code is the rule ID, codeDescription links docsBase + docs/rules.md#rule-id
     * when that makes an absolute URI (LSP requires one; a relative path is left out rather than
     * sent), related places in other files are converted with their own text (others reads it by name).
     */
    static Diagnostic diagnostic(SourceText source, String uri, cspec.core.diagnostic.Diagnostic d, String docsBase,
            Function<String, Optional<SourceText>> others) {
        Diagnostic out = new Diagnostic(range(source, d.span()), d.message(), severity(d.severity()), "cspec", d.ruleId());
        docsLink(docsBase, d.rule())
                .ifPresent(href -> out.setCodeDescription(new DiagnosticCodeDescription(href)));
        if (!d.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (RelatedLocation r : d.related()) {
                if (r.document() == null) {
                    related.add(new DiagnosticRelatedInformation(new Location(uri, range(source, r.span())), r.message()));
                } else {
                    others.apply(r.document()).ifPresent(other -> related.add(new DiagnosticRelatedInformation(
                            new Location(Uris.of(other.name()), range(other, r.span())), r.message())));
                }
            }
            out.setRelatedInformation(related);
        }
        if (d.unnecessary()) {
            out.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        return out;
    }

    /** docsBase + the rule's anchor, when docsBase is set and the result is an absolute URI. */
    static Optional<String> docsLink(String docsBase, Rule rule) {
        if (docsBase == null || docsBase.isBlank()) {
            return Optional.empty();
        }
        String href = docsBase.strip() + rule.docsAnchor();
        try {
            return java.net.URI.create(href).isAbsolute() ? Optional.of(href) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static DiagnosticSeverity severity(cspec.core.diagnostic.Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
