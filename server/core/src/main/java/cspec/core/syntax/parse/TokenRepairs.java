package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Comment;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.grammar.CspecLexer;
import cspec.grammar.CspecToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Mistakes settled on the token list before parsing, each reported once and then repaired so
 * the parser sees what the author meant: comments in the wrong place, strings with open or
 * foreign quotes, a space before '%', text before the document, a header left open. Odd
 * characters are reported only where no parser diagnostic already covers their line.
 */
final class TokenRepairs {
    private static final Set<Integer> BODY_KEYWORDS = Set.of(CspecLexer.SECTION, CspecLexer.DEFINITIONS,
            CspecLexer.SLA, CspecLexer.CLAUSE, CspecLexer.MUST, CspecLexer.SHOULD, CspecLexer.MAY, CspecLexer.WILL,
            CspecLexer.OPTION, CspecLexer.QUESTION, CspecLexer.BACKGROUND);
    private static final Set<Integer> DOCUMENT_KEYWORDS = Set.of(CspecLexer.CONTRACT, CspecLexer.PROFILE, CspecLexer.LIBRARY);

    private final SourceText source;
    private final Offsets offsets;
    private final List<Diagnostic> problems;
    private final List<Comment> comments;
    /** Odd characters: reported after parsing, unless a parser diagnostic covers their line. */
    private final List<Diagnostic> oddCharacters = new ArrayList<>();

    TokenRepairs(SourceText source, Offsets offsets, List<Diagnostic> problems, List<Comment> comments) {
        this.source = source;
        this.offsets = offsets;
        this.problems = problems;
        this.comments = comments;
    }

    List<Token> repair(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 2);
        int blanksOfDropped = 0; // a '%' merged into its number takes no place, the blanks before it do
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CspecToken token = (CspecToken) t;
            token.setBlanksBefore(token.blanksBefore() + blanksOfDropped);
            blanksOfDropped = 0;
            switch (t.getType()) {
                case CspecLexer.COMMENT -> comments.add(new Comment(offsets.of(t), t.getText()));
                case CspecLexer.STRAY_COMMENT -> {
                    problems.add(Diagnostic.of(Rule.SYNTAX, offsets.of(t), "A comment must have a line of its own: "
                            + "move this `//` comment to the line above."));
                    token.setChannel(Token.HIDDEN_CHANNEL);
                }
                case CspecLexer.UNTERMINATED_STRING -> {
                    Token brace = splitTrailingBrace(token);
                    problems.add(unterminated(token));
                    token.setType(CspecLexer.STRING);
                    out.add(token);
                    if (brace != null) {
                        out.add(brace);
                    }
                    continue;
                }
                case CspecLexer.MISMATCHED_STRING, CspecLexer.FOREIGN_STRING -> {
                    problems.add(wrongQuotes(token));
                    token.setType(CspecLexer.STRING);
                }
                case CspecLexer.UNEXPECTED_CHAR -> {
                    if (t.getText().equals("%") && mergePercent(out, token)) {
                        blanksOfDropped = token.blanksBefore();
                        continue;
                    }
                    addOddCharacter(oddCharacter(token));
                    token.setChannel(Token.HIDDEN_CHANNEL);
                }
                default -> {
                }
            }
            out.add(t);
        }
        hidePreamble(out);
        closeOpenHeader(out);
        return out;
    }

    private Diagnostic oddCharacter(Token t) {
        Span span = offsets.of(t);
        if (startsLine(t) && "-*\u2022\u2013\u2014\u00B7".contains(t.getText())) {
            int end = span.end();
            while (end < source.length() && (source.text().charAt(end) == ' ' || source.text().charAt(end) == '\t')) {
                end++;
            }
            return Diagnostic.of(Rule.SYNTAX, span, "Items are not bulleted: remove the `" + t.getText() + "`.")
                    .withFix(Fix.safe("Remove the bullet", new TextEdit(new Span(span.start(), end), "")));
        }
        return meaningless(span);
    }

    /**
     * A run of odd characters (a pasted binary, a word decoded with the wrong encoding) is one
     * mistake, so one finding: fuzzing found a line of forty NUL characters reported forty times.
     * Bullets keep a finding each, for their fix.
     */
    private void addOddCharacter(Diagnostic odd) {
        int last = oddCharacters.size() - 1;
        if (last >= 0 && odd.fixes().isEmpty() && oddCharacters.get(last).fixes().isEmpty()
                && oddCharacters.get(last).span().end() == odd.span().start()) {
            oddCharacters.set(last, meaningless(new Span(oddCharacters.get(last).span().start(), odd.span().end())));
        } else {
            oddCharacters.add(odd);
        }
    }

    private Diagnostic meaningless(Span span) {
        String run = source.text().substring(span.start(), span.end());
        int shownLength = run.codePointCount(0, run.length()) <= 12 ? run.length() : run.offsetByCodePoints(0, 10);
        String shown = shownLength == run.length() ? run : run.substring(0, shownLength) + "\u2026";
        return Diagnostic.of(Rule.SYNTAX, span, "`" + shown + "` has no meaning here: put text after a `:` "
                + "(indented under its item) and titles in double quotes.");
    }

    /** Odd characters on lines that no other syntax diagnostic explains. */
    List<Diagnostic> unexplainedOddCharacters(List<Diagnostic> parserProblems) {
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic odd : oddCharacters) {
            int line = source.lines().lineOf(odd.span().start());
            boolean explained = parserProblems.stream().anyMatch(d -> d.rule() == Rule.SYNTAX
                    && source.lines().lineOf(d.span().start()) <= line && source.lines().lineOf(d.span().end()) >= line);
            if (!explained) {
                kept.add(odd);
            }
        }
        return kept;
    }

    /** `"Title {` : the brace belongs to the structure, not to the unclosed title. */
    private Token splitTrailingBrace(CommonToken token) {
        String text = token.getText();
        String trimmed = text.stripTrailing();
        if (!trimmed.endsWith("{") || trimmed.length() < 2) {
            return null;
        }
        int braceAt = trimmed.length() - 1;
        int bodyEnd = braceAt;
        while (bodyEnd > 1 && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
            bodyEnd--;
        }
        CspecToken brace = new CspecToken(token); // right after the string: no blanks between
        brace.setType(CspecLexer.LBRACE);
        brace.setStartIndex(token.getStartIndex() + braceAt);
        brace.setStopIndex(token.getStartIndex() + braceAt);
        brace.setCharPositionInLine(token.getCharPositionInLine() + braceAt);
        brace.setText("{");
        token.setStopIndex(token.getStartIndex() + bodyEnd - 1);
        token.setText(text.substring(0, bodyEnd));
        return brace;
    }

    /**
     * An unclosed string is closed where it ends. When nothing but blanks follows the quote, the
     * quote was more likely a closing one whose opening went missing: closing it would only add
     * an empty string, so the fix is offered but never applied unasked (found by fuzzing).
     */
    private Diagnostic unterminated(Token t) {
        Span span = offsets.of(t);
        char close = t.getText().charAt(0) == '\u201C' ? '\u201D' : '"';
        boolean holdsText = !t.getText().substring(1).isBlank();
        return Diagnostic.of(Rule.SYNTAX, span, "This string is not closed: end it with " + close + " on the same line.")
                .withFix(new Fix("Close the string", List.of(TextEdit.insert(span.end(), String.valueOf(close))), holdsText));
    }

    /** Quotes that do not pair (“...") or that the language does not use („...“, ‘...’, «...»). */
    private Diagnostic wrongQuotes(Token t) {
        Span span = offsets.of(t);
        String text = t.getText();
        Span open = new Span(span.start(), span.start() + 1);
        Span close = new Span(span.end() - 1, span.end());
        if (text.charAt(0) == '"') {
            return Diagnostic.of(Rule.SYNTAX, span, "A string opened with \" closes only at \": make the quotes match.")
                    .withFix(Fix.safe("Close with \"", new TextEdit(close, "\"")));
        }
        if (text.charAt(0) == '\u201C') {
            return Diagnostic.of(Rule.SYNTAX, span, "A string opened with \u201C closes only at \u201D: make the quotes match.")
                    .withFix(Fix.safe("Close with \u201D", new TextEdit(close, "\u201D")));
        }
        return Diagnostic.of(Rule.SYNTAX, span, "Strings use double quotes, \"...\" or \u201C...\u201D, not "
                        + text.charAt(0) + "..." + text.charAt(text.length() - 1) + ": change the quotes.")
                .withFix(Fix.safe("Use \u201C\u201D quotes", new TextEdit(open, "\u201C"), new TextEdit(close, "\u201D")));
    }

    /** `99.9 %` (a word processor's space before the sign) is a percentage with a space too many. */
    private boolean mergePercent(List<Token> out, CommonToken percent) {
        CommonToken number = lastDefault(out);
        if (number == null || number.getType() != CspecLexer.NUMBER
                || source.lines().lineOf(offsets.of(number).end()) != source.lines().lineOf(offsets.of(percent).start())) {
            return false;
        }
        Span gap = new Span(offsets.of(number).end(), offsets.of(percent).start());
        if (!source.slice(gap).chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return false;
        }
        problems.add(Diagnostic.of(Rule.SYNTAX, new Span(offsets.of(number).start(), offsets.of(percent).end()),
                "Write a percentage with no space before `%`: `" + number.getText() + "%`.")
                .withFix(Fix.safe("Remove the space", new TextEdit(gap, ""))));
        number.setType(CspecLexer.PERCENT);
        number.setText(number.getText() + "%");
        number.setStopIndex(percent.getStopIndex());
        return true;
    }

    private static CommonToken lastDefault(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return (CommonToken) t;
            }
        }
        return null;
    }

    /**
     * Text before the document keyword (a title pasted from a word processor) is reported once,
     * with a fix that comments it out, and hidden so the document itself is analysed.
     */
    private void hidePreamble(List<Token> tokens) {
        int first = firstDefault(tokens, 0);
        if (first < 0 || DOCUMENT_KEYWORDS.contains(tokens.get(first).getType())) {
            return;
        }
        int start = -1;
        for (int i = first; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && DOCUMENT_KEYWORDS.contains(t.getType()) && startsLine(t)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        int firstLine = source.lines().lineOf(offsets.of(tokens.get(first)).start());
        int lastLine = source.lines().lineOf(offsets.of(tokens.get(start)).start()) - 1;
        List<TextEdit> edits = new ArrayList<>();
        for (int line = firstLine; line <= lastLine; line++) {
            int lineStart = source.lines().lineStart(line);
            String text = source.text().substring(lineStart, source.lines().lineEnd(line, source.text())).strip();
            if (!text.isEmpty() && !text.startsWith("//")) { // a comment among the text is one already
                edits.add(TextEdit.insert(lineStart, "// "));
            }
        }
        Span span = new Span(offsets.of(tokens.get(first)).start(), source.lines().lineEnd(lastLine, source.text()));
        problems.add(Diagnostic.of(Rule.SYNTAX, span, "Text before `" + tokens.get(start).getText() + "` is not part of "
                + "the document: delete it, or make it a comment by starting each line with `//`.")
                .withFix(new Fix("Make it a comment", edits, true)));
        for (int i = first; i < start; i++) {
            ((CommonToken) tokens.get(i)).setChannel(Token.HIDDEN_CHANNEL);
        }
    }

    /**
     * A contract header whose `}` is missing runs into the body; the first line that starts
     * with a body keyword is where the header must end, so a `}` is supplied there.
     */
    private void closeOpenHeader(List<Token> tokens) {
        int contract = firstDefault(tokens, 0);
        if (contract < 0 || tokens.get(contract).getType() != CspecLexer.CONTRACT) {
            return;
        }
        int i = contract + 1;
        boolean opened = false;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == CspecLexer.RBRACE) {
                return;
            }
            if (t.getType() == CspecLexer.LBRACE) {
                if (opened) {
                    return;
                }
                opened = true;
                continue;
            }
            if (opened && BODY_KEYWORDS.contains(t.getType()) && startsLine(t) && !willMeansMust(tokens, i)) {
                break;
            }
        }
        if (i >= tokens.size() || !opened) {
            return;
        }
        Token before = tokens.get(i);
        int lineStart = source.lines().lineStart(source.lines().lineOf(offsets.of(before).start()));
        problems.add(Diagnostic.of(Rule.SYNTAX, Span.at(offsets.of(before).start()), "The contract header is not "
                + "closed: add `}` on a line of its own before this line.")
                .withFix(Fix.safe("Close the header", TextEdit.insert(lineStart, "}" + newline() + newline()))));
        CspecToken close = new CspecToken(before);
        close.setBlanksBefore(CspecToken.blanksBefore(before)); // it stands where before stood, after the blanks
        ((CspecToken) before).setBlanksBefore(0);
        close.setType(CspecLexer.RBRACE);
        close.setText("");
        close.setStopIndex(before.getStartIndex() - 1);
        tokens.add(i, close);
    }

    /** `will means must` is a header field, not a requirement after an unclosed header. */
    private static boolean willMeansMust(List<Token> tokens, int i) {
        int next = firstDefault(tokens, i + 1);
        return tokens.get(i).getType() == CspecLexer.WILL && next >= 0 && tokens.get(next).getType() == CspecLexer.MEANS;
    }

    private String newline() {
        return source.text().contains("\r\n") ? "\r\n" : "\n";
    }

    private static int firstDefault(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL && tokens.get(i).getType() != Token.EOF) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsLine(Token token) {
        int start = offsets.of(token).start();
        int lineStart = source.lines().lineStart(source.lines().lineOf(start));
        return source.text().substring(lineStart, start).isBlank();
    }
}
