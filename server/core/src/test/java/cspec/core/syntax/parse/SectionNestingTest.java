package cspec.core.syntax.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sections nested past the limit are reported at the seventeenth. Which keyword a '{' belongs to
 * is looked for at most eight tokens back, blanks and line breaks counted as tokens as they were
 * before the lexer skipped them: a header spread over more than that is not seen as a section
 * there, exactly as before (each case below was checked against the lexer that made blank tokens).
 */
class SectionNestingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "on one line                                    | ' '         | ' ' | ' '         | 1",
        "eight tokens back: blank, break, blank; break  | ' \n '      | ' ' | '\n'        | 1",
        "nine tokens back: one blank more               | ' \n '      | ' ' | '\n '       | 0",
        "nine tokens back with CRLF line breaks         | ' \r\n '    | ' ' | '\r\n '     | 0",
        "eight back, a comment line among the blanks    | ' \n// c\n' | ' ' | ''          | 1",
    })
    void theSeventeenthSectionIsReportedWhenItsKeywordIsWithinEightTokensOfItsBrace(String name, String beforeId,
            String beforeTitle, String beforeBrace, int reported) {
        StringBuilder text = new StringBuilder("contract \"C\" {\n    client \"A\"\n}\n");
        for (int depth = 0; depth < 17; depth++) {
            String header = depth == 16
                    ? "section" + unescape(beforeId) + "s16" + unescape(beforeTitle) + "\"T\"" + unescape(beforeBrace) + "{"
                    : "section s" + depth + " \"T\" {";
            text.append(header).append("\nmust R-").append(depth).append(": text here\n");
        }
        text.append("}\n".repeat(17));
        long limits = SpecParser.parse(SourceText.of(text.toString())).syntaxErrors().stream()
                .filter(d -> d.rule() == Rule.LIMIT_EXCEEDED).count();
        assertEquals(reported, limits);
    }

    private static String unescape(String csv) {
        return csv.replace("\\n", "\n").replace("\\r", "\r");
    }

    @Test
    void aSectionTooDeepThatIsNeverClosedIsReportedAndTheFileStillRead() {
        // The nesting cap hides every token from the seventeenth section to the end, the end of
        // file included; a review found the fast parse then stepped past its tokens and the whole
        // file became one "could not read" finding.
        StringBuilder text = new StringBuilder("contract \"T\" {\n    client \"A\"\n    provider \"B\"\n}\n");
        for (int depth = 0; depth < 16; depth++) {
            text.append("section s").append(depth).append(" \"S\" {\n");
        }
        text.append("sla x \"X\" {\n}\nsection d \"D\" {\n");
        List<Diagnostic> errors = SpecParser.parse(SourceText.of(text.toString())).syntaxErrors();
        assertEquals(1, errors.stream().filter(d -> d.rule() == Rule.LIMIT_EXCEEDED).count(), errors.toString());
        assertEquals(List.of(), errors.stream().filter(d -> d.message().contains("could not read")).toList());
        assertEquals(1, errors.stream().filter(d -> d.message().contains("`s15`") && d.message().contains("still open")).count(),
                errors.toString());
    }
}
