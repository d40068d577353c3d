package cspec.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each format's shape, on findings built by hand (so these tests do not depend on the checks). */
class ReportersTest {
    /** Line 2 starts with an emoji (two UTF-16 units), so "promptly" starts at UTF-16 column 12 (11 units precede it). */
    private static final String TEXT = "contract \"X\" {\r\n\uD83D\uDD12 Respond promptly, please.\r\n}\r\n";
    private static final SourceText SOURCE = new SourceText("specs/a b.cspec", TEXT);
    private static final int AT = TEXT.indexOf("promptly");

    private static Diagnostic vague() {
        // A warning, as a workspace that raises vague-time (a hint by default since issue 11) reports it.
        return Diagnostic.of(Rule.VAGUE_TIME, new Span(AT, AT + "promptly".length()),
                "`promptly` sets no deadline: write \"within 4 hours\", 100% clear.\nSecond line.")
                .withSeverity(Severity.WARNING)
                .withRelated(RelatedLocation.here(new Span(0, 8), "the contract starts here"))
                .withFix(Fix.onRequest("Use a deadline", new TextEdit(new Span(AT, AT + 8), "within 4 hours")));
    }

    private static Report report() {
        Diagnostic hint = Diagnostic.of(Rule.WORDY, new Span(AT, AT + 8), "shorter").withSeverity(Severity.HINT);
        FileReport file = new FileReport("specs/a b.cspec", "specs/a b.cspec", "specs/a%20b.cspec", SOURCE,
                List.of(vague(), hint), List.of(), List.of());
        return new Report(Path.of("/work/project"), List.of(file));
    }

    private static String write(Reporter reporter) {
        StringWriter out = new StringWriter();
        reporter.write(report(), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void rangesAreOneBasedWithUtf16Columns() {
        Range r = Range.of(SOURCE, new Span(AT, AT + 8));
        assertEquals(new Range(2, 12, 2, 20), r);
    }

    @Test
    void textIsOneLinePerFinding() {
        List<String> lines = write(new TextReporter()).lines().toList();
        assertEquals(2, lines.size());
        assertEquals("specs/a b.cspec:2:12: warning: `promptly` sets no deadline: write \"within 4 hours\", 100% clear. "
                + "Second line. [vague-time]", lines.get(0));
        assertEquals("specs/a b.cspec:2:12: hint: shorter [wordy]", lines.get(1));
    }

    @Test
    void jsonHasTheDocumentedShape() {
        JsonObject root = JsonParser.parseString(write(new JsonReporter())).getAsJsonObject();
        assertEquals(1, root.get("version").getAsInt());
        assertEquals("cspec", root.getAsJsonObject("tool").get("name").getAsString());
        assertEquals(1, root.getAsJsonObject("summary").get("warning").getAsInt());
        assertEquals(1, root.getAsJsonObject("summary").get("hint").getAsInt());
        JsonObject f = root.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("specs/a b.cspec", f.get("file").getAsString());
        assertEquals("vague-time", f.get("rule").getAsString());
        assertEquals("warning", f.get("severity").getAsString());
        JsonObject range = f.getAsJsonObject("range");
        assertEquals(2, range.getAsJsonObject("start").get("line").getAsInt());
        assertEquals(12, range.getAsJsonObject("start").get("column").getAsInt());
        assertEquals(20, range.getAsJsonObject("end").get("column").getAsInt());
        JsonObject related = f.getAsJsonArray("related").get(0).getAsJsonObject();
        assertEquals(1, related.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        JsonObject fix = f.getAsJsonArray("fixes").get(0).getAsJsonObject();
        assertEquals(false, fix.get("safe").getAsBoolean());
        assertEquals("within 4 hours", fix.getAsJsonArray("edits").get(0).getAsJsonObject().get("newText").getAsString());
    }

    @Test
    void githubCommandsEscapeDataAndProperties() {
        List<String> lines = write(new GithubReporter()).lines().toList();
        assertEquals(2, lines.size(), "a message with a line break must stay on one line");
        assertEquals("::warning file=specs/a b.cspec,line=2,col=12,endLine=2,endColumn=20,title=vague-time::"
                + "`promptly` sets no deadline: write \"within 4 hours\", 100%25 clear.%0ASecond line.", lines.get(0));
        assertTrue(lines.get(1).startsWith("::notice "), lines.get(1));
        assertEquals("a%3Ab%2Cc%25d%0Ae", GithubReporter.property("a:b,c%d\ne"));
    }

    @Test
    void gitlabIssuesHaveUniqueFingerprintsAndMappedSeverities() {
        JsonArray issues = JsonParser.parseString(write(new GitlabReporter())).getAsJsonArray();
        assertEquals(2, issues.size());
        JsonObject first = issues.get(0).getAsJsonObject();
        assertEquals("vague-time", first.get("check_name").getAsString());
        assertEquals("major", first.get("severity").getAsString());
        assertEquals("info", issues.get(1).getAsJsonObject().get("severity").getAsString());
        assertEquals("specs/a b.cspec", first.getAsJsonObject("location").get("path").getAsString());
        assertEquals(2, first.getAsJsonObject("location").getAsJsonObject("lines").get("begin").getAsInt());
        assertTrue(first.get("description").getAsString().startsWith("`promptly`"));
        assertNotEquals(first.get("fingerprint"), issues.get(1).getAsJsonObject().get("fingerprint"));
        assertEquals("critical", GitlabReporter.severity(Severity.ERROR));
        assertEquals("minor", GitlabReporter.severity(Severity.INFORMATION));
    }

    @Test
    void fingerprintsSurviveEditsElsewhereAndCountOccurrences() {
        String moved = "// a new first line\n" + TEXT;
        SourceText other = new SourceText("a", moved);
        int at = moved.indexOf("promptly");
        FileReport before = new FileReport("a", "a", "a", SOURCE, List.of(), List.of(), List.of());
        FileReport after = new FileReport("a", "a", "a", other, List.of(), List.of(), List.of());
        Diagnostic d1 = Diagnostic.of(Rule.VAGUE_TIME, new Span(AT, AT + 8), "m").withSeverity(Severity.WARNING);
        Diagnostic d2 = Diagnostic.of(Rule.VAGUE_TIME, new Span(at, at + 8), "m").withSeverity(Severity.WARNING);
        String first = new Fingerprints().next(before, d1);
        assertEquals(first, new Fingerprints().next(after, d2));
        Fingerprints twice = new Fingerprints();
        twice.next(before, d1);
        assertTrue(twice.next(before, d1).endsWith(":2"));
    }

    @Test
    void summaryCountsBySeverity() {
        assertEquals("1 warning, 1 hint in 1 file", report().summary());
        assertEquals("No problems in 0 files", new Report(Path.of("."), List.of()).summary());
    }

    @Test
    void urisAreRelativeAndEncodedInsideTheBaseElseAbsolute() {
        Path base = Path.of("/work/project");
        assertEquals("specs/a%20b.cspec", Uris.of(base, base.resolve("specs/a b.cspec")));
        assertEquals("specs/a b.cspec", Uris.slashPath(base, base.resolve("specs/a b.cspec")));
        assertTrue(Uris.of(base, Path.of("/elsewhere/x.cspec")).startsWith("file:/"));
    }
}
