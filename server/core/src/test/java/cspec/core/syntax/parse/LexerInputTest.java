package cspec.core.syntax.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.grammar.CspecLexer;
import cspec.grammar.CspecToken;
import cspec.grammar.TextCharStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lexer reads the text itself (TextCharStream) instead of ANTLR's copy of it: every token of
 * every repository contract and fixture, and of texts made to be awkward, is the same either way:
 * type, channel, place, line, column and text.
 */
class LexerInputTest {
    @ParameterizedTest
    @MethodSource("cspec.core.RepoFiles#contractsAndFixtures")
    void everyRepositoryFileLexesAlikeFromEitherInput(Path file) throws IOException {
        String text = Files.readString(file);
        assertEquals(tokens(CharStreams.fromString(text, "f")), tokens(TextCharStream.of(text, "f")), file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "contract", "must A-1:", "must A-1:   \n", "must A-1: text at the end",
        "section a \"A\" {\r\n    must A-1: one\r\n        two\r\n}\r\n", "must A-1: one\r    two\rsla",
        "must A-1:\n\n    below the colon\n\n\nshould B: x", "\u00A0must\u00A0A:\u00A0caf\u00E9 \u4E2D\u6587 \u201Cq\u201D",
        "\uFEFFcontract \"C\" {\n    client \"A\n}", "\"open {\n// c\n  // stray? x // y\n99.9 %\n\t\tmust X: \u2022 y\n",
        "definitions {\n    \"Term\" means a word\n        and more\n}", "background (ref \"1\"): x }\n}",
        "section a \u00A0 \"A\" \t\u2003 {\n  \u3000must A-1: x\n}", "sla s \"S\"  \u201CQ\u201D {\r\n\r\n\t}"})
    void awkwardTextsLexAlikeFromEitherInputAndCountTheirBlanks(String text) {
        assertEquals(tokens(CharStreams.fromString(text, "t")), tokens(TextCharStream.of(text, "t")));
        assertBlankCounts(text, text);
    }

    /** The prose reader counts lines itself; its tokens and those after them are where the text puts them. */
    @ParameterizedTest
    @MethodSource("cspec.core.RepoFiles#contractsAndFixtures")
    void everyTokenIsOnTheLineAndColumnOfItsStart(Path file) throws IOException {
        String text = Files.readString(file);
        if (text.replace("\r\n", "").indexOf('\r') >= 0 || text.codePointCount(0, text.length()) != text.length()) {
            return; // a lone '\r' ends a line for the prose reader but not for ANTLR's count; ANTLR counts code points
        }
        CspecLexer lexer = new CspecLexer(TextCharStream.of(text, "f"));
        lexer.removeErrorListeners();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            int start = t.getStartIndex();
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            long line = 1 + text.substring(0, start).chars().filter(c -> c == '\n').count();
            assertEquals(line + ":" + (start - lineStart), t.getLine() + ":" + t.getCharPositionInLine(),
                    file + ", token at " + start);
        }
    }

    /**
     * The lexer skips blanks and line breaks but counts them onto the next token as the WS and
     * NEWLINE tokens they were: a run of blanks one, each line break one (CRLF one), none between
     * a ':' and its prose, which the prose reader reads past.
     */
    @ParameterizedTest
    @MethodSource("cspec.core.RepoFiles#contractsAndFixtures")
    void eachTokenCountsTheBlankAndLineBreakTokensBeforeIt(Path file) throws IOException {
        assertBlankCounts(Files.readString(file), file.toString());
    }

    private static void assertBlankCounts(String text, String file) {
        if (text.codePointCount(0, text.length()) != text.length()) {
            return; // ANTLR counts code points
        }
        CspecLexer lexer = new CspecLexer(TextCharStream.of(text, "f"));
        lexer.removeErrorListeners();
        int previousEnd = 0;
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            int expected = t.getType() == CspecLexer.PROSE ? 0 : blankTokens(text.substring(previousEnd, t.getStartIndex()));
            assertEquals(expected, CspecToken.blanksBefore(t), file + ", token at " + t.getStartIndex());
            if (t.getType() == Token.EOF) {
                return;
            }
            previousEnd = t.getStopIndex() + 1;
        }
    }

    private static int blankTokens(String gap) {
        int count = 0;
        for (int i = 0; i < gap.length(); count++) {
            char c = gap.charAt(i);
            if (c == '\r' || c == '\n') {
                i += gap.startsWith("\r\n", i) ? 2 : 1;
            } else {
                assertTrue(blank(c), "not a blank: " + (int) c);
                while (i < gap.length() && blank(gap.charAt(i))) {
                    i++;
                }
            }
        }
        return count;
    }

    private static boolean blank(char c) {
        return c == '\t' || c == '\u00A0' || c == '\uFEFF' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * The lexer steps over spaces, tabs and line breaks itself; ANTLR's automaton, reading them,
     * makes exactly the same tokens, blank counts, lines and columns (every repository file, and
     * random texts of blanks, breaks and words).
     */
    @ParameterizedTest
    @MethodSource("cspec.core.RepoFiles#contractsAndFixtures")
    void steppingOverBlanksMakesTheTokensAntlrsAutomatonMakes(Path file) throws IOException {
        String text = Files.readString(file);
        assertEquals(counted(new CspecLexer(TextCharStream.of(text, "f"))), counted(antlrReadsBlanks(text)), file.toString());
    }

    @Test
    void steppingOverBlanksMakesTheTokensAntlrsAutomatonMakesOnRandomTexts() {
        String[] parts = {" ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\u2003", "\u3000", "\uFEFF", "x", "must",
            "A-1", ":", "{", "}", "\"t\"", "\u201Cq\u201D", "// c", "99", "%", "\u00E9t\u00E9", "section", "\u2022"};
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            assertEquals(counted(new CspecLexer(TextCharStream.of(t, "r"))), counted(antlrReadsBlanks(t)), t);
        }
    }

    private static CspecLexer antlrReadsBlanks(String text) {
        return new CspecLexer(TextCharStream.of(text, "f")) {
            @Override
            protected boolean stepsOverBlanks() {
                return false;
            }
        };
    }

    private static List<String> counted(CspecLexer lexer) {
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            out.add(t.getType() + "/" + t.getChannel() + " " + t.getStartIndex() + ".." + t.getStopIndex() + " "
                    + t.getLine() + ":" + t.getCharPositionInLine() + " +" + CspecToken.blanksBefore(t));
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }

    @Test
    void textWithSurrogatesIsLexedFromAntlrsCodePointStream() {
        assertFalse(TextCharStream.of("must A: \uD83D\uDE00 x", "t") instanceof TextCharStream);
        assertTrue(TextCharStream.of("must A: \u00E9 x", "t") instanceof TextCharStream);
    }

    @Test
    void lookAheadAndBehindMatchAntlrsStream() {
        String text = "ab\u00E9\u4E2D";
        CharStream ours = TextCharStream.of(text, "t");
        CharStream antlr = CharStreams.fromString(text, "t");
        for (int at = 0; at <= text.length(); at++) {
            ours.seek(at);
            antlr.seek(at);
            for (int i = -6; i <= 6; i++) {
                if (i != 0) {
                    assertEquals(antlr.LA(i), ours.LA(i), "LA(" + i + ") at " + at);
                }
            }
        }
        assertEquals(IntStream.EOF, ours.LA(1));
        assertEquals(antlr.getSourceName(), ours.getSourceName());
        assertEquals(CharStreams.fromString(text).getSourceName(), TextCharStream.of(text, IntStream.UNKNOWN_SOURCE_NAME).getSourceName());
    }

    private static List<String> tokens(CharStream input) {
        CspecLexer lexer = new CspecLexer(input);
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            out.add(t.getType() + "/" + t.getChannel() + " " + t.getStartIndex() + ".." + t.getStopIndex() + " "
                    + t.getLine() + ":" + t.getCharPositionInLine() + " [" + t.getText() + "]");
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }
}
