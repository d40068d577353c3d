package cspec.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.Analyzer;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.core.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line-length limit, tested here rather than in a fixture: an annotation under column
 * 100,000 would itself be a line over the limit.
 */
class LongLinesTest {
    private static final String HEADER = "contract \"Managed SOC Services\" {\n    client \"Example Corp\"\n"
            + "    provider \"Sentinel Ops\"\n}\n\nsection services \"Services\" {\n";

    @Test
    void aLineOfExactlyTheLimitPasses() {
        assertEquals(List.of(), limitFindings(lineOfLength(LongLines.MAX_LINE)));
    }

    @Test
    void aLineOverTheLimitIsReportedFromTheFirstCharacterPastIt() {
        String line = lineOfLength(LongLines.MAX_LINE + 7);
        String text = HEADER + line + "\n}\n";
        List<Diagnostic> found = limitFindings(line);
        int lineStart = HEADER.length();
        assertEquals(1, found.size());
        assertEquals(new Span(lineStart + LongLines.MAX_LINE, lineStart + line.length()), found.get(0).span());
        assertEquals(text.length() - "\n}\n".length(), found.get(0).span().end());
    }

    @Test
    void aLongLineEndingInCrLfIsMeasuredWithoutItsLineBreak() {
        String line = lineOfLength(LongLines.MAX_LINE);
        String text = (HEADER + line + "\n}\n").replace("\n", "\r\n");
        List<Diagnostic> found = Analyzer.analyze(SourceText.of(text), null, Workspace.standalone()).diagnostics()
                .stream().filter(d -> d.ruleId().equals("limit-exceeded")).toList();
        assertEquals(List.of(), found);
    }

    private static List<Diagnostic> limitFindings(String line) {
        String text = HEADER + line + "\n}\n";
        return Analyzer.analyze(SourceText.of(text), null, Workspace.standalone()).diagnostics().stream()
                .filter(d -> d.ruleId().equals("limit-exceeded"))
                .toList();
    }

    /** A requirement line of exactly the given length. */
    private static String lineOfLength(int length) {
        StringBuilder line = new StringBuilder("    must MON-1: The Provider must monitor these log sources:");
        while (line.length() + 9 <= length) {
            line.append(" firewall");
        }
        while (line.length() < length) {
            line.append('x');
        }
        return line.toString();
    }
}
