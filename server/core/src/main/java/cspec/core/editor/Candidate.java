package cspec.core.editor;

import cspec.core.text.Span;

/**
 * One completion: the label shown, what it is, a one-line detail, longer documentation
 * (Markdown), the text that replaces {@code replace} and whether that text is a snippet with
 * tab stops ({@code ${1:default}}, {@code $0}).
 */
public record Candidate(String label, Kind kind, String detail, String documentation, String insertText,
        boolean snippet, Span replace) {
    public enum Kind { KEYWORD, SECTION, CLAUSE, REFERENCE, TERM, VALUE, RULE, ID, PROFILE }

    static Candidate plain(String label, Kind kind, String detail, Span replace) {
        return new Candidate(label, kind, detail, null, label, false, replace);
    }
}
