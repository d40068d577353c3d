package cspec.core.syntax.parse;

import cspec.core.syntax.Lexeme;
import cspec.core.text.SourceText;
import cspec.grammar.CspecLexer;
import cspec.grammar.TextCharStream;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;

/** The file's tokens, blanks and line breaks left out, for the formatter and semantic highlighting. */
public final class Lexemes {
    private Lexemes() {
    }

    public static List<Lexeme> of(SourceText source) {
        CharStream input = TextCharStream.of(source.text(), IntStream.UNKNOWN_SOURCE_NAME);
        Offsets offsets = Offsets.of(input, source.text(), 0);
        CspecLexer lexer = new CspecLexer(input);
        lexer.removeErrorListeners();
        List<Lexeme> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) { // the lexer skips blanks
            out.add(new Lexeme(kind(t.getType()), offsets.of(t), t.getText() == null ? "" : t.getText()));
        }
        return out;
    }

    private static Lexeme.Kind kind(int type) {
        if (Vocabulary.KEYWORDS.containsKey(type)) {
            return Lexeme.Kind.KEYWORD;
        }
        return switch (type) {
            case CspecLexer.ID -> Lexeme.Kind.ID;
            case CspecLexer.STRING -> Lexeme.Kind.STRING;
            case CspecLexer.NUMBER -> Lexeme.Kind.NUMBER;
            case CspecLexer.PERCENT -> Lexeme.Kind.PERCENT;
            case CspecLexer.DATE -> Lexeme.Kind.DATE;
            case CspecLexer.ALWAYS_COVERAGE -> Lexeme.Kind.COVERAGE;
            case CspecLexer.LBRACE -> Lexeme.Kind.OPEN_BRACE;
            case CspecLexer.RBRACE -> Lexeme.Kind.CLOSE_BRACE;
            case CspecLexer.LPAREN -> Lexeme.Kind.OPEN_PAREN;
            case CspecLexer.RPAREN -> Lexeme.Kind.CLOSE_PAREN;
            case CspecLexer.COMMA -> Lexeme.Kind.COMMA;
            case CspecLexer.COLON -> Lexeme.Kind.COLON;
            case CspecLexer.PROSE -> Lexeme.Kind.PROSE;
            case CspecLexer.COMMENT -> Lexeme.Kind.COMMENT;
            default -> Lexeme.Kind.OTHER;
        };
    }
}
