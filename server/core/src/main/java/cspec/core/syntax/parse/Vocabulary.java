package cspec.core.syntax.parse;

import cspec.grammar.CspecLexer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Token types in the words a contract author uses, for syntax messages that never show ANTLR's names. */
final class Vocabulary {
    /** Keyword token types and their spelling. */
    static final Map<Integer, String> KEYWORDS = keywords();

    private Vocabulary() {
    }

    private static Map<Integer, String> keywords() {
        Map<Integer, String> words = new LinkedHashMap<>();
        for (int type = 1; type <= CspecLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = CspecLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                words.put(type, literal.substring(1, literal.length() - 1));
            }
        }
        return words;
    }

    static String describe(int type) {
        String keyword = KEYWORDS.get(type);
        if (keyword != null) {
            return "`" + keyword + "`";
        }
        return switch (type) {
            case CspecLexer.LBRACE -> "`{`";
            case CspecLexer.RBRACE -> "`}`";
            case CspecLexer.LPAREN -> "`(`";
            case CspecLexer.RPAREN -> "`)`";
            case CspecLexer.COMMA -> "`,`";
            case CspecLexer.COLON -> "`:`";
            case CspecLexer.STRING -> "a quoted string";
            case CspecLexer.NUMBER -> "a number";
            case CspecLexer.PERCENT -> "a percentage such as 99.9%";
            case CspecLexer.DATE -> "a date such as 2027-06-30";
            case CspecLexer.ID -> "an ID";
            case CspecLexer.PROSE -> "text";
            case CspecLexer.ALWAYS_COVERAGE -> "`24x7`";
            case CspecLexer.TIME_RANGE -> "hours such as 08:00-18:00";
            case CspecLexer.TIME -> "a time such as 08:00";
            case Token.EOF -> "the end of the file";
            default -> "something else";
        };
    }

    /** What was found, as the author sees it. */
    static String found(Token token) {
        if (token.getType() == Token.EOF) {
            return "the end of the file";
        }
        if (token.getType() == CspecLexer.PROSE) {
            return "text";
        }
        String text = token.getText();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return "`" + text + "`";
    }

    /** A phrase for what may come next: a named context for the big item lists, else the tokens. */
    static String expected(IntervalSet expected) {
        if (expected.contains(CspecLexer.CONTRACT) && expected.contains(CspecLexer.LIBRARY)) {
            return "`contract`, `profile` or `library` to start the file";
        }
        if (expected.contains(CspecLexer.CLIENT) && expected.contains(CspecLexer.EFFECTIVE)) {
            return "a header field (client, provider, profile, jurisdiction, effective, term, renewal, notice, version,"
                    + " uses or `will means must`) or `}` to close the header";
        }
        if (expected.contains(CspecLexer.MEASURED) && expected.contains(CspecLexer.SEVERITY)) {
            return "an SLA line (measured, coverage, availability, severity, timer, report, credit, bonus or metric), "
                    + "a requirement or `}`";
        }
        if (expected.contains(CspecLexer.MUST) && expected.contains(CspecLexer.SECTION)) {
            String close = expected.contains(CspecLexer.RBRACE) ? ", definitions or `}`" : " or definitions";
            return "a requirement (must, should, may, will, option or question), background, a section, an sla, a clause"
                    + close;
        }
        if (expected.contains(CspecLexer.REQUIRES)) {
            return "`requires` or `recommends`, or `}`";
        }
        if (expected.contains(CspecLexer.CLAUSE) && expected.contains(CspecLexer.RBRACE) && expected.size() == 2) {
            return "a clause or `}`";
        }
        if (expected.contains(CspecLexer.STRING) && expected.contains(CspecLexer.RBRACE) && expected.size() == 2) {
            return "a definition (`\"Term\" means ...`) or `}`";
        }
        List<String> words = new ArrayList<>();
        boolean anyId = expected.contains(CspecLexer.ID);
        for (int type : expected.toList()) {
            if (anyId && KEYWORDS.containsKey(type)) {
                continue; // keywords are IDs too; "an ID" says it
            }
            String word = describe(type);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        if (words.size() > 6) {
            words = words.subList(0, 6);
        }
        if (words.size() <= 1) {
            return words.isEmpty() ? "something else" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
