package cspec.cli.report;

import cspec.cli.Version;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.SourceText;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * cspec's own JSON report, a stable shape documented in server/cli/README.md: a format version,
 * the tool, a summary, and one object per finding with file, rule, severity, message, a 1-based
 * range (end exclusive), related locations and fixes (each with its edits and whether
 * {@code lint --fix} applies it). New fields may be added; existing ones keep their meaning.
 */
public final class JsonReporter implements Reporter {
    /** Raised only when a field changes meaning or goes away. */
    public static final int FORMAT_VERSION = 1;
    private final RelatedFiles relatedFiles = new RelatedFiles();

    /**
     * The findings stream out as files are linted; the summary, which counts them all, comes
     * after them (a JSON object's members have no order, and readers look them up by name).
     */
    @Override
    public FileSink open(Path base, PrintWriter out) {
        JsonStream json = new JsonStream(out);
        JsonObject tool = new JsonObject();
        tool.addProperty("name", "cspec");
        tool.addProperty("version", Version.current());
        json.beginObject().name("version").value(FORMAT_VERSION).name("tool").element(tool).name("findings").beginArray();
        return new FileSink() {
            @Override
            public void add(FileReport file) {
                for (Diagnostic d : file.diagnostics()) {
                    json.element(finding(file, d));
                }
            }

            @Override
            public void close(Tally tally) {
                json.endArray().name("summary").element(summary(tally)).endObject().finish();
            }
        };
    }

    private static JsonObject summary(Tally tally) {
        JsonObject summary = new JsonObject();
        summary.addProperty("files", tally.files());
        for (Map.Entry<Severity, Integer> e : tally.counts().entrySet()) {
            summary.addProperty(e.getKey().label(), e.getValue());
        }
        return summary;
    }

    private JsonObject finding(FileReport file, Diagnostic d) {
        JsonObject f = new JsonObject();
        f.addProperty("file", file.slashPath());
        f.addProperty("rule", d.ruleId());
        f.addProperty("severity", d.severity().label());
        f.addProperty("message", d.message());
        f.add("range", range(Range.of(file.source(), d.span())));
        if (d.unnecessary()) {
            f.addProperty("unnecessary", true);
        }
        JsonArray related = new JsonArray();
        for (RelatedLocation r : d.related()) {
            related.add(related(file, r));
        }
        f.add("related", related);
        JsonArray fixes = new JsonArray();
        for (Fix fix : d.fixes()) {
            fixes.add(fix(file.source(), fix));
        }
        f.add("fixes", fixes);
        return f;
    }

    private JsonObject related(FileReport file, RelatedLocation r) {
        JsonObject o = new JsonObject();
        o.addProperty("file", r.document() == null ? file.slashPath() : r.document());
        Optional<SourceText> source = relatedFiles.sourceOf(file, r);
        source.filter(s -> r.span().end() <= s.length()).ifPresent(s -> o.add("range", range(Range.of(s, r.span()))));
        o.addProperty("message", r.message());
        return o;
    }

    private static JsonObject fix(SourceText source, Fix fix) {
        JsonObject o = new JsonObject();
        o.addProperty("title", fix.title());
        o.addProperty("safe", fix.safe());
        JsonArray edits = new JsonArray();
        for (TextEdit edit : fix.edits()) {
            JsonObject e = new JsonObject();
            e.add("range", range(Range.of(source, edit.span())));
            e.addProperty("newText", edit.newText());
            edits.add(e);
        }
        o.add("edits", edits);
        return o;
    }

    static JsonObject range(Range r) {
        JsonObject range = new JsonObject();
        range.add("start", point(r.startLine(), r.startColumn()));
        range.add("end", point(r.endLine(), r.endColumn()));
        return range;
    }

    private static JsonObject point(int line, int column) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("column", column);
        return p;
    }
}
