package cspec.core.catalog;

import cspec.core.syntax.Clause;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognises unedited copies of the built-ins, as {@code cspec builtins --export} writes them. A
 * workspace profile or library clause whose text (with the comment lines directly above it) is
 * the built-in's text is the same definition, not a replacement: it must neither switch messages
 * from "built in" to a file path nor make two exports of one built-in a duplicate-id.
 */
final class BuiltinCopies {
    private static volatile BuiltinCopies shipped;

    private final Map<String, String> profiles = new HashMap<>();
    private final Map<String, String> clauses = new HashMap<>();

    private BuiltinCopies() {
    }

    static BuiltinCopies shipped() {
        BuiltinCopies copies = shipped;
        if (copies == null) {
            copies = new BuiltinCopies();
            for (Builtins.Document d : Builtins.all()) {
                if (d.parsed().document() instanceof Profile p) {
                    copies.profiles.put(p.id().text(), definitionText(d.source(), p.span()));
                } else if (d.parsed().document() instanceof Library library) {
                    for (Clause c : library.clauses()) {
                        copies.clauses.put(c.id().text(), definitionText(d.source(), c.span()));
                    }
                }
            }
            shipped = copies;
        }
        return copies;
    }

    boolean isCopy(Profile profile, SourceText source) {
        return definitionText(source, profile.span()).equals(profiles.get(profile.id().text()));
    }

    boolean isCopy(Clause clause, SourceText source) {
        return definitionText(source, clause.span()).equals(clauses.get(clause.id().text()));
    }

    /** The definition and the comment lines directly above it, with line ends and trailing blanks made uniform. */
    static String definitionText(SourceText source, Span span) {
        String text = source.text();
        LineIndex lines = source.lines();
        int firstLine = lines.lineOf(span.start());
        while (firstLine > 0) {
            String above = text.substring(lines.lineStart(firstLine - 1), lines.lineEnd(firstLine - 1, text)).strip();
            if (!above.startsWith("//")) {
                break;
            }
            firstLine--;
        }
        String slice = text.substring(lines.lineStart(firstLine), Math.min(span.end(), text.length()));
        StringBuilder out = new StringBuilder();
        for (String line : slice.split("\r\n|\r|\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
