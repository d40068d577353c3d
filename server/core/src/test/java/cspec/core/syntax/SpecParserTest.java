package cspec.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.Position;
import cspec.core.text.SourceText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Parsing as a contract author meets it: what is recognised, and what one mistake costs. */
class SpecParserTest {

    private static SpecFile parse(String text) {
        return SpecParser.parse(SourceText.of(text));
    }

    private static String errors(SpecFile file) {
        return file.syntaxErrors().stream()
                .map(d -> {
                    Position p = file.source().lines().position(d.span().start());
                    return (p.line() + 1) + ":" + (p.column() + 1) + " " + d.ruleId() + " " + d.message();
                })
                .collect(Collectors.joining("\n"));
    }

    private static Contract contract(SpecFile file) {
        return assertInstanceOf(Contract.class, file.document(), errors(file));
    }

    @Test
    void proseRunsOverIndentedLinesAndStopsAtTheNextItem() {
        SpecFile file = parse("""
                contract "C" {
                }
                section s "S" {
                    must A-1: The Provider must monitor
                        all sources.

                        Second paragraph.
                    should A-2 (weight 5): Next.
                }
                """);
        assertEquals("", errors(file));
        Section section = (Section) contract(file).items().get(0);
        Requirement first = (Requirement) section.items().get(0);
        assertEquals("The Provider must monitor\n        all sources.\n\n        Second paragraph.",
                file.source().slice(first.prose().span()));
        Requirement second = (Requirement) section.items().get(1);
        assertEquals(Modality.SHOULD, second.modality());
        assertEquals(5, second.weight().orElseThrow().value().intValue());
    }

    @Test
    void commentLinesInsideProseAreCommentsNotText() {
        SpecFile file = parse("""
                contract "C" {
                }
                must A-1: The Provider must monitor
                    // cspec-disable-next-line vague-term -- agreed wording
                    all sources adequately.
                """);
        assertEquals("", errors(file));
        Requirement r = (Requirement) contract(file).items().get(0);
        assertEquals(1, r.prose().comments().size());
        assertTrue(r.prose().maskedText(file.source()).contains("all sources"));
        assertTrue(!r.prose().maskedText(file.source()).contains("cspec-disable"));
        assertEquals(1, file.comments().size());
    }

    @Test
    void slashesInsideProseStayProse() {
        SpecFile file = parse("""
                contract "C" {
                }
                must A-1: See https://example.org/policy for the policy.
                """);
        assertEquals("", errors(file));
        assertEquals(0, file.comments().size());
    }

    @Test
    void keywordsAreNotReserved() {
        SpecFile file = parse("""
                contract "C" {
                }
                section term "Term and Termination" {
                    must must: The Provider must comply.
                }
                """);
        assertEquals("", errors(file));
        Section section = (Section) contract(file).items().get(0);
        assertEquals("term", section.id().text());
        assertEquals("must", ((Requirement) section.items().get(0)).id().text());
    }

    @Test
    void misspeltKeywordIsOneDiagnosticWithADidYouMeanAndTheRestIsParsed() {
        SpecFile file = parse("""
                contract "C" {
                }
                section s "S" {
                    shoud A-1 (weight 5): The Provider should report.
                    must A-2: The Provider must monitor.
                }
                """);
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        Diagnostic d = file.syntaxErrors().get(0);
        assertTrue(d.message().contains("did you mean `should`?"), d.message());
        assertEquals("should", d.fixes().get(0).edits().get(0).newText());
        Section section = (Section) contract(file).items().get(0);
        assertEquals(2, section.items().size());
        assertEquals(Modality.SHOULD, ((Requirement) section.items().get(0)).modality());
    }

    @Test
    void proseLinePastedWithoutIndentationIsOneDiagnosticWithAnIndentingFix() {
        SpecFile file = parse("""
                contract "C" {
                }
                section s "S" {
                    must A-1: The Provider must monitor all
                    in-scope log sources, 24 hours a day,
                    every day of the year.
                    must A-2: The Provider must report.
                }
                """);
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        Diagnostic d = file.syntaxErrors().get(0);
        assertTrue(d.message().contains("not indented deeper"), d.message());
        assertEquals(2, d.fixes().get(0).edits().size());
        assertEquals(2, ((Section) contract(file).items().get(0)).items().size());
    }

    @Test
    void errorsNameWhatWasExpectedInTheLanguagesWords() {
        SpecFile file = parse("""
                contract "C" {
                }
                section s "S" {
                    frobnicate everything now
                    must A-1: The Provider must report.
                }
                must A-2: After the section.
                """);
        assertEquals("4:5 syntax Expected a requirement (must, should, may, will, option or question), background, "
                + "a section, an sla, a clause, definitions or `}` here, found `frobnicate`.", errors(file));
        assertEquals(2, contract(file).items().size());
    }

    @Test
    void braceAtTheEndOfProseIsReportedWhereItIs() {
        SpecFile file = parse("""
                contract "C" {
                }
                section s "S" { must A-1: text }
                """);
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        Diagnostic d = file.syntaxErrors().get(0);
        assertEquals("}", file.source().slice(d.span()));
        assertTrue(d.message().contains("part of the text"));
    }

    @Test
    void commentSharingALineWithStructureIsAnError() {
        SpecFile file = parse("""
                contract "C" {
                }
                sla s "S" {
                    measured monthly // every month
                    report monthly
                    credit 5% per breach cap 20%
                }
                """);
        assertEquals("4:22 syntax A comment must have a line of its own: move this `//` comment to the line above.",
                errors(file));
        assertEquals(3, ((Sla) contract(file).items().get(0)).items().size());
    }

    @Test
    void everySlaLineFormWithOptionalWordsAndAbbreviations() {
        SpecFile file = parse("""
                contract "C" {
                }
                sla s "S" {
                    measured quarterly
                    coverage 24/7
                    availability 99.95%
                    severity P1 "Critical" response within 15 min resolution within 4 hrs: A breach.
                    severity P2 "High" response 1 hr resolution 2 business days
                    severity P3 "Low" response 8 business hours
                    report weekly
                    credit 5% per breach capped at 25%
                    metric mttd "Mean time to detect" target at most 30 minutes
                    metric coverage "Log source coverage" target at least 98%
                    metric hunts "Hunts per quarter" target 6
                }
                """);
        assertEquals("", errors(file));
        Sla sla = (Sla) contract(file).items().get(0);
        assertEquals(11, sla.items().size());
        SlaLine.SeverityLevel p2 = (SlaLine.SeverityLevel) sla.items().get(4);
        assertEquals(TimeUnit.BUSINESS_DAY, p2.resolution().unit());
        assertEquals(16 * 60, p2.resolution().minutes());
        SlaLine.Credit credit = (SlaLine.Credit) sla.items().get(7);
        assertEquals(25, credit.cap().intValue());
        SlaLine.Metric hunts = (SlaLine.Metric) sla.items().get(10);
        assertInstanceOf(SlaLine.Target.Count.class, hunts.target());
    }

    @Test
    void clauseFormsAndPlaceholderValues() {
        SpecFile file = parse("""
                contract "C" {
                }
                clause breach-notification
                clause limitation-of-liability "Liability Cap" (cap "fees paid in 12 months", floor "CAD 1,000,000")
                clause data-return (days "30"): The Provider must return all Client Data.
                clause own "Own Clause": The Provider must keep records.
                """);
        assertEquals("", errors(file));
        List<Item> items = contract(file).items();
        assertEquals(4, items.size());
        Clause capped = (Clause) items.get(1);
        assertEquals("Liability Cap", capped.title().value());
        assertEquals("CAD 1,000,000", capped.argument("floor").orElseThrow().value());
        assertNotNull(((Clause) items.get(2)).prose());
    }

    @Test
    void curlyQuotesAndMismatchedQuotes() {
        SpecFile ok = parse("contract \u201CManaged SOC\u201D {\n}\n");
        assertEquals("", errors(ok));
        assertEquals("Managed SOC", contract(ok).title().value());

        SpecFile mismatched = parse("contract \u201CManaged SOC\" {\n    client \"A\"\n}\n");
        assertEquals(1, mismatched.syntaxErrors().size(), errors(mismatched));
        assertEquals("\u201D", mismatched.syntaxErrors().get(0).fixes().get(0).edits().get(0).newText());
        assertEquals(1, contract(mismatched).fields().size());
    }

    @Test
    void crlfTabsNonBreakingSpacesEmojiAndByteOrderMark() {
        String text = "\uFEFFcontract \"C\" {\r\n}\r\nsection s \"S\" {\r\n\tmust A-1: Alerts \uD83D\uDE00 reach\r\n"
                + "\t\u00A0the Client.\r\n\tmust A-2: Next.\r\n}\r\n";
        SpecFile file = parse(text);
        assertEquals("", errors(file));
        Section section = (Section) contract(file).items().get(0);
        Requirement first = (Requirement) section.items().get(0);
        assertTrue(file.source().slice(first.prose().span()).endsWith("the Client."));
        Requirement second = (Requirement) section.items().get(1);
        Position p = file.source().lines().position(second.id().span().start());
        assertEquals(new Position(5, 6), p);
        // The emoji is two UTF-16 units: "reach" starts at column 21 on its line.
        int reach = file.source().text().indexOf("reach");
        assertEquals(new Position(3, 21), file.source().lines().position(reach));
    }

    @Test
    void deepNestingIsCappedNotFatal() {
        StringBuilder text = new StringBuilder("contract \"C\" {\n}\n");
        int depth = 5000;
        for (int i = 0; i < depth; i++) {
            text.append("section s").append(i).append(" \"S\" {\n");
        }
        text.append("must A-1: Deep.\n");
        for (int i = 0; i < depth; i++) {
            text.append("}\n");
        }
        text.append("must B-1: After.\n");
        SpecFile file = parse(text.toString());
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        assertEquals("limit-exceeded", file.syntaxErrors().get(0).ruleId());
        assertEquals(2, contract(file).items().size());
    }

    @Test
    void profileAndLibraryDocuments() {
        SpecFile profile = parse("""
                profile mine "Mine" {
                    requires section scope "Scope": What is in scope.
                    requires sla
                    recommends clause audit-rights
                }
                """);
        assertEquals("", errors(profile));
        assertEquals(3, ((Profile) profile.document()).expectations().size());
        SpecFile library = parse("""
                library lib "Lib" {
                    clause audit-rights "Audit Rights" (section reporting-review):
                        The Client may audit the Provider {{frequency: once a year}}.
                }
                """);
        assertEquals("", errors(library));
        Clause clause = ((Library) library.document()).clauses().get(0);
        assertEquals("reporting-review", clause.argument("section").orElseThrow().value());
    }

    @Test
    void emptyProseIsReported() {
        SpecFile file = parse("contract \"C\" {\n}\nmust A-1:\nmust A-2: Text.\n");
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        assertTrue(file.syntaxErrors().get(0).message().startsWith("Prose may not be empty"));
    }

    @Test
    void headerLeftOpenIsClosedWhereTheBodyStartsAndTheBodyIsAnalysed() {
        SpecFile file = parse("""
                contract "C" {
                    client "A"

                section s "S" {
                    must A-1: The Provider must report.
                }
                """);
        assertEquals("4:1 syntax The contract header is not closed: add `}` on a line of its own before this line.",
                errors(file));
        assertEquals(1, contract(file).fields().size());
        assertEquals(1, contract(file).items().size());
    }

    @Test
    void textBeforeTheDocumentIsOneDiagnosticWithAFixThatCommentsItOut() {
        SpecFile file = parse("""
                Statement of Work
                Draft 3

                contract "C" {
                }
                must A-1: The Provider must report.
                """);
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        assertEquals(2, file.syntaxErrors().get(0).fixes().get(0).edits().size());
        assertEquals(1, contract(file).items().size());
    }

    @Test
    void theIndentFixIsAppliedUnaskedOnlyWhenItCannotPullTheNextItemIntoTheText() {
        String pulls = "contract \"C\" {\n}\nsection s \"S\" {\n    must A-1: The Provider must\nmonitor things.\n"
                + "        must A-2: The Provider must report.\n}\n";
        String stays = pulls.replace("        must A-2", "    must A-2");

        // Found by fuzzing: fix-all indented the lost line, and requirement A-2 became words of A-1.
        assertEquals(false, parse(pulls).syntaxErrors().get(0).fixes().get(0).safe(), errors(parse(pulls)));
        assertEquals(true, parse(stays).syntaxErrors().get(0).fixes().get(0).safe(), errors(parse(stays)));
    }

    /** Found by fuzzing: a line of forty NUL characters was forty findings. */
    @Test
    void aRunOfOddCharactersIsOneFinding() {
        SpecFile file = parse("contract \"C\" {\n}\n\nsection s \"S\" {\n    must A-1: ok\n}\n"
                + "\u0000".repeat(40) + "\n\uFFFD\uFFFD\n");

        assertEquals("7:1 syntax `" + "\u0000".repeat(10) + "\u2026` has no meaning here: put text after a `:` (indented under "
                + "its item) and titles in double quotes.\n8:1 syntax `\uFFFD\uFFFD` has no meaning here: put text after a `:` "
                + "(indented under its item) and titles in double quotes.", errors(file));
    }

    @Test
    void closingAStringIsAppliedUnaskedOnlyWhenTheStringHoldsText() {
        SpecFile title = parse("contract \"Managed SOC {\n}\n");
        SpecFile loneQuote = parse("contract \"C\" {\n}\nsection s Services\" {\n}\n");

        assertEquals(true, title.syntaxErrors().get(0).fixes().get(0).safe(), errors(title));
        // Found by fuzzing: a lone closing quote was "closed" into an empty string, and fix-all
        // turned three syntax errors into ninety-eight.
        Diagnostic unclosed = loneQuote.syntaxErrors().stream().filter(d -> d.message().startsWith("This string is not closed"))
                .findFirst().orElseThrow(() -> new AssertionError(errors(loneQuote)));
        assertEquals(false, unclosed.fixes().get(0).safe());
    }

    @Test
    void theFixForTextBeforeTheDocumentLeavesCommentsAmongItAsTheyAre() {
        String text = "Statement of Work\n// Reviewed by Procurement.\n    // Indented note.\nDraft 3\ncontract \"C\" {\n}\n";
        SpecFile file = parse(text);

        String fixed = cspec.core.diagnostic.FixApplier.applyEdits(text, file.syntaxErrors().get(0).fixes().get(0).edits());

        assertEquals("// Statement of Work\n// Reviewed by Procurement.\n    // Indented note.\n// Draft 3\ncontract \"C\" {\n}\n",
                fixed);
        assertTrue(parse(fixed).syntaxErrors().isEmpty(), errors(parse(fixed)));
    }

    @Test
    void unclosedTitleBeforeItsBraceIsOneDiagnostic() {
        SpecFile file = parse("""
                contract "C" {
                }
                section s "Services {
                    must A-1: The Provider must report.
                }
                """);
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        assertEquals("\"", file.syntaxErrors().get(0).fixes().get(0).edits().get(0).newText());
        assertEquals("Services", ((Section) contract(file).items().get(0)).title().value());
    }

    @Test
    void emptyProseWithItsTextOnTheNextLineIsOneDiagnostic() {
        SpecFile file = parse("""
                contract "C" {
                }
                must A-1:
                The Provider must report.
                must A-2: Next.
                """);
        assertEquals(1, file.syntaxErrors().size(), errors(file));
        assertTrue(file.syntaxErrors().get(0).message().startsWith("This is the text of the item on line 3"));
    }

    @Test
    void aDefinitionWithNoTermIsReportedAndLeftOut() {
        SpecFile file = parse("""
                contract "C" {
                }
                definitions {
                    "" means nothing in particular.
                    "Client Data" means all data the Client provides.
                }
                """);
        assertEquals("4:5 syntax A definition needs its term between the quotes, as in "
                + "`\"Security Incident\" means ...`.", errors(file));
        assertEquals(1, ((Definitions) contract(file).items().get(0)).entries().size());
    }
}
