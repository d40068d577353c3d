package cspec.core.drafting;

import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Section;
import cspec.core.text.LineEnding;
import cspec.core.text.SourceText;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a quick fix puts a missing item: after or before a top-level section, inside a section
 * (before its closing brace), or at the end of the file. Each method builds the whole edit from
 * a skeleton function that takes the indentation of the insertion point.
 */
public final class Insertions {
    private final SourceText source;
    private final Outline outline;

    public Insertions(SourceText source, Outline outline) {
        this.source = source;
        this.outline = outline;
    }

    /** The section with this ID at any depth, first in document order. */
    public Optional<Outline.Placed<Section>> section(String id) {
        return outline.sections().stream().filter(p -> p.item().id().text().equals(id)).findFirst();
    }

    /** The top-level section that holds (or is) the placed section. */
    public static Section topLevel(Outline.Placed<Section> placed) {
        return placed.path().isEmpty() ? placed.item() : placed.path().get(0);
    }

    /** After a top-level section, separated by a blank line. */
    public TextEdit after(Section anchor, Function<String, String> skeleton) {
        String indent = ClauseText.indentAt(source, anchor.span().start());
        return insert(anchor.span().end(), "\n\n" + skeleton.apply(indent));
    }

    /** Before a top-level section, on the lines above it. */
    public TextEdit before(Section anchor, Function<String, String> skeleton) {
        int lineStart = source.lines().lineStart(source.lines().lineOf(anchor.span().start()));
        String indent = ClauseText.indentAt(source, anchor.span().start());
        return insert(lineStart, skeleton.apply(indent) + "\n\n");
    }

    /**
     * Inside a section, as its last item: on a new line before the closing brace, one level
     * deeper than the section. Empty when the brace does not start its own line.
     */
    public Optional<TextEdit> inside(Section section, Function<String, String> skeleton) {
        String text = source.text();
        int brace = section.span().end() - 1;
        if (brace < 0 || brace >= text.length() || text.charAt(brace) != '}') {
            return Optional.empty();
        }
        int lineStart = source.lines().lineStart(source.lines().lineOf(brace));
        if (!text.substring(lineStart, brace).isBlank()) {
            return Optional.empty();
        }
        String indent = ClauseText.indentAt(source, section.span().start()) + Skeletons.INDENT;
        boolean emptyLineAbove = lineStart >= 2 && text.charAt(lineStart - 1) == '\n'
                && text.substring(source.lines().lineStart(source.lines().lineOf(lineStart - 1)), lineStart - 1).isBlank();
        String lead = emptyLineAbove || isOpeningLine(section, lineStart) ? "" : "\n";
        return Optional.of(insert(lineStart, lead + skeleton.apply(indent) + "\n"));
    }

    /** At the end of the file, at top level, after a blank line. */
    public TextEdit atEnd(Function<String, String> skeleton) {
        String text = source.text();
        String tail = LineEnding.normalize(text.substring(Math.max(0, text.length() - 4)));
        String lead = text.isEmpty() ? "" : tail.endsWith("\n\n") ? "" : tail.endsWith("\n") ? "\n" : "\n\n";
        return insert(text.length(), lead + skeleton.apply("") + "\n");
    }

    /** Skeletons are written with "\n"; the file gets its own line breaks. */
    private TextEdit insert(int offset, String text) {
        return TextEdit.insert(offset, LineEnding.convert(text, source));
    }

    private boolean isOpeningLine(Section section, int braceLineStart) {
        int previousLine = source.lines().lineOf(braceLineStart) - 1;
        return previousLine == source.lines().lineOf(section.span().start());
    }
}
