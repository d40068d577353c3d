package cspec.core.editor;

import cspec.core.text.Span;

/**
 * One completion: the label shown, what it is, a one-line detail, longer documentation
 * (Markdown), the text that replaces {@code replace} and whether that text is a snippet with
 * tab stops ({@code ${1:default}}, {@code $0}). Text that runs over several lines carries the
 * indentation of the line it goes into, so an editor inserts it as it is.
 */
public record Candidate(String label, Kind kind, String detail, String documentation, String insertText,
        boolean snippet, Span replace) {
    public enum Kind { KEYWORD, SECTION, CLAUSE, REFERENCE, TERM, VALUE, RULE, ID, PROFILE }

    static Candidate plain(String label, Kind kind, String detail, Span replace) {
        return new Candidate(label, kind, detail, null, label, false, replace);
    }

    /**
     * The text for an editor without snippets: one line, tab stops at their defaults. Text over
     * several lines becomes the label alone (a clause's ID takes the library's wording; a
     * keyword or a section ID starts its line), since some editors cannot insert a line break
     * from a completion (Vim's complete() turns it into a NUL).
     */
    public String plainText() {
        String text = snippet ? SnippetText.plain(insertText) : insertText;
        return text.contains("\n") ? label : text;
    }
}
