package cspec.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.RepoFiles;
import cspec.core.syntax.Lexeme;
import cspec.core.syntax.Outline;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.syntax.parse.Lexemes;
import cspec.core.text.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The formatter's promises, checked on every sample, fixture and built-in: it keeps every word
 * of prose, strings and comments, it is idempotent, and the result means the same.
 */
class FormatterTest {

    @TestFactory
    Stream<DynamicTest> keepsEveryWordAndIsIdempotentOnEveryRepositoryFile() {
        List<Path> files = RepoFiles.specs("samples", "server/core/src/test/resources", "server/core/src/main/resources");
        return files.stream().map(file -> DynamicTest.dynamicTest(RepoFiles.root().relativize(file).toString(), () -> {
            SourceText original = new SourceText(file.toString(), Files.readString(file));
            String once = Formatter.format(original);
            SourceText formatted = new SourceText(file.toString(), once);
            assertEquals(words(original), words(formatted), "prose, strings and comments must keep every word");
            assertEquals(once, Formatter.format(formatted), "formatting twice must change nothing");
            SpecFile before = SpecParser.parse(original);
            SpecFile after = SpecParser.parse(formatted);
            assertEquals(before.syntaxErrors().size(), after.syntaxErrors().size());
            if (before.document() != null) {
                Outline a = Outline.of(before.document());
                Outline b = Outline.of(after.document());
                assertEquals(a.requirements().size(), b.requirements().size());
                assertEquals(a.sections().size(), b.sections().size());
                assertEquals(a.slas().size(), b.slas().size());
                assertEquals(a.clauses().size(), b.clauses().size());
            }
        }));
    }

    /** The words a signatory reads: prose, string and comment text split on whitespace. */
    private static List<String> words(SourceText source) {
        List<String> words = new ArrayList<>();
        for (Lexeme lexeme : Lexemes.of(source)) {
            if (lexeme.kind() == Lexeme.Kind.PROSE || lexeme.kind() == Lexeme.Kind.STRING
                    || lexeme.kind() == Lexeme.Kind.COMMENT) {
                for (String word : lexeme.text().strip().split("\\s+")) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    @Test
    void laysOutStructureCanonically() {
        String messy = """
                contract "X" {
                  client "A"   as "Customer"
                      effective 2027-01-01
                }
                    section s "S" {   must A-1 ( weight 5 , by 2027-02-01 ): The Provider must
                            monitor things.

                            Second para.
                  sla s1 "SLA" {
                     severity P1 "C" response within 15 min resolution 1 hrs
                     coverage 24/7



                     metric m "M" target at most 3 business hr
                  }
                }
                """;
        String expected = """
                contract "X" {
                    client "A" as "Customer"
                    effective 2027-01-01
                }
                section s "S" {
                    must A-1 (weight 5, by 2027-02-01): The Provider must
                            monitor things.

                            Second para.
                    sla s1 "SLA" {
                        severity P1 "C" response within 15 minutes resolution 1 hour
                        coverage 24x7

                        metric m "M" target at most 3 business hours
                    }
                }
                """;
        assertEquals(expected, Formatter.format(SourceText.of(messy)));
    }

    @Test
    void leavesAFileWithSyntaxErrorsAlone() {
        String broken = "contract \"X\" {\n   client\n}\nsection s \"S\" {\n  must A-1 text\n}\n";
        assertEquals(broken, Formatter.format(SourceText.of(broken)));
    }

    @Test
    void leavesAnEmptyOrCommentOnlyFileAlone() {
        for (String text : List.of("", "\n\n   \n", "// just a comment", "    // indented\n\n\n// x\n", "// a\r\n// b\r\n\r\n")) {
            assertEquals(text, Formatter.format(SourceText.of(text)));
        }
    }

    @Test
    void keepsCrlfLineEnds() {
        String crlf = "contract \"X\" {\r\n client \"A\"\r\n}\r\n";
        assertEquals("contract \"X\" {\r\n    client \"A\"\r\n}\r\n", Formatter.format(SourceText.of(crlf)));
    }

    @Test
    void laysOutTenderConstructsAndKeepsListsAsLists() {
        String messy = """
                contract "X" {
                  provider "A"   as "Provider" ,"MDR",  "Contractor"
                     will   means must
                }
                  background ( ref  "1.1" ):   The Client runs 40 offices.
                option OPT-1 (ref "4"):The MDR may be required to hunt.
                must M-1: The Provider must:
                       - (ref "a") triage each alert;
                         within 15 minutes;
                       - escalate each incident.
                """;
        String expected = """
                contract "X" {
                    provider "A" as "Provider", "MDR", "Contractor"
                    will means must
                }
                background (ref "1.1"): The Client runs 40 offices.
                option OPT-1 (ref "4"): The MDR may be required to hunt.
                must M-1: The Provider must:
                       - (ref "a") triage each alert;
                         within 15 minutes;
                       - escalate each incident.
                """;
        assertEquals(expected, Formatter.format(SourceText.of(messy)));
    }
}
