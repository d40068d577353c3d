package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Comment;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Str;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.grammar.CspecParser;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The leaves of the syntax tree (prose, strings, IDs, dates) and the positions of tokens: what
 * every builder of tree nodes needs, in one place.
 */
final class Leaves {
    private final SourceText source;
    private final Offsets offsets;
    private final List<Diagnostic> problems;
    private final List<Comment> proseComments = new ArrayList<>();

    private final java.util.Set<Integer> textBelowEmptyProse;

    Leaves(SourceText source, Offsets offsets, List<Diagnostic> problems, java.util.Set<Integer> textBelowEmptyProse) {
        this.source = source;
        this.offsets = offsets;
        this.problems = problems;
        this.textBelowEmptyProse = textBelowEmptyProse;
    }

    /** Comment lines found inside prose, which the lexer could not see as comments. */
    List<Comment> proseComments() {
        return proseComments;
    }

    /** Prose from its token; an empty prose region is a syntax error naming what to write. */
    Prose prose(TerminalNode node, String what) {
        if (!present(node)) {
            return null;
        }
        Span span = span(node.getSymbol());
        if (span.length() == 0) {
            if (textBelowEmptyProse.contains(node.getSymbol().getTokenIndex())) {
                return null;
            }
            problems.add(Diagnostic.of(Rule.SYNTAX, span,
                    "Prose may not be empty: write " + what + " on the same line or on indented lines below it."));
            return null;
        }
        List<Span> comments = commentLines(span);
        return new Prose(span, comments, ProseLists.of(source.text(), span, comments));
    }

    /** Lines after the first whose first non-blank characters are '//' are comments inside prose. */
    private List<Span> commentLines(Span span) {
        String text = source.text();
        List<Span> comments = new ArrayList<>();
        int i = text.indexOf('\n', span.start());
        while (i >= 0 && i < span.end()) {
            int lineStart = i + 1;
            int k = lineStart;
            while (k < span.end() && (text.charAt(k) == ' ' || text.charAt(k) == '\t'
                    || Character.isSpaceChar(text.charAt(k)))) {
                k++;
            }
            int lineEnd = text.indexOf('\n', lineStart);
            int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, span.end());
            while (end > k && text.charAt(end - 1) == '\r') {
                end--;
            }
            if (k + 1 < end && text.charAt(k) == '/' && text.charAt(k + 1) == '/') {
                Span comment = new Span(k, end);
                comments.add(comment);
                proseComments.add(new Comment(comment, text.substring(k, end)));
            }
            i = lineEnd;
        }
        return comments;
    }

    Ident ident(CspecParser.IdContext ctx) {
        if (ctx == null || ctx.getStart() == null || !present(ctx.getStart())) {
            return null;
        }
        return new Ident(ctx.getText(), span(ctx));
    }

    Str str(CspecParser.StringContext ctx) {
        if (ctx == null || !present(ctx.STRING())) {
            return null;
        }
        String raw = ctx.STRING().getText();
        char last = raw.charAt(raw.length() - 1);
        // An unterminated string (already reported) runs to the end of its line; a mismatched
        // pair (also reported) still ends at its closing quote.
        boolean closed = raw.length() > 1 && "\"\u201D\u201C\u2019\u00BB".indexOf(last) >= 0;
        String body = raw.substring(1, closed ? raw.length() - 1 : raw.length());
        if (raw.charAt(0) == '"') {
            body = unescape(body);
        }
        return new Str(body, span(ctx.STRING().getSymbol()));
    }

    /** Only \" and \\ are escapes; any other backslash stands for itself. */
    private static String unescape(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '"' || body.charAt(i + 1) == '\\')) {
                out.append(body.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    LocalDate date(TerminalNode node) {
        if (!present(node)) {
            return null;
        }
        String text = node.getText();
        try {
            return calendarDate(text);
        } catch (DateTimeException e) {
            problems.add(Diagnostic.of(Rule.SYNTAX, span(node.getSymbol()),
                    "`" + text + "` is not a calendar date: write a real date as YYYY-MM-DD."));
            return null;
        }
    }

    /**
     * The date a DATE token names. The lexer admits only YYYY-MM-DD in ASCII digits, so its fields
     * are read directly: LocalDate.parse's general formatter was about 1 % of a batch lint
     * (docs/benchmarks.md, issue 13 round 5). Any other text goes to LocalDate.parse, so both
     * accept and refuse exactly the same dates.
     */
    static LocalDate calendarDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !asciiDigits(text, 0, 4) || !asciiDigits(text, 5, 7) || !asciiDigits(text, 8, 10)) {
            return LocalDate.parse(text);
        }
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }

    private static boolean asciiDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    void problem(Span span, String message) {
        problems.add(Diagnostic.of(Rule.SYNTAX, span, message));
    }

    /**
     * A token the rule really matched. Recovery hangs the tokens it skips on the rule it was in, as
     * error nodes, and a skipped PROSE must not pass for the rule's text: `must` alone on its line
     * once took the next block's definition as its requirement's text, without a `:`.
     */
    static boolean present(TerminalNode node) {
        return node != null && !(node instanceof ErrorNode) && present(node.getSymbol());
    }

    /** A token ANTLR conjured during recovery has no place in the text. */
    static boolean present(Token token) {
        return token != null && token.getTokenIndex() >= 0 && token.getStartIndex() >= 0 && token.getType() != Token.EOF;
    }

    Span span(Token token) {
        return offsets.of(token);
    }

    Span span(ParserRuleContext ctx) {
        return offsets.of(ctx);
    }
}
