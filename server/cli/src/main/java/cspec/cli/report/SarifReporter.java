package cspec.cli.report;

import cspec.cli.Version;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleDocs;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.TextEdit;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: every rule in {@code tool.driver.rules} with
 * its descriptions, help and default level; each finding with its rule index, level, message, a
 * full 1-based region relative to SRCROOT (the current directory), a line-hash fingerprint, and
 * related locations, and the fixes the JSON report has (as replacements). Each rule's help is its
 * entry of docs/rules.md; no link points anywhere. Findings a suppression comment silenced are reported too, marked
 * {@code suppressions: [{kind: inSource}]} with the comment's reason, so code scanning shows them
 * as dismissed rather than losing them.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final Fingerprints fingerprints = new Fingerprints();
    private final RelatedFiles relatedFiles = new RelatedFiles();
    private Path base;

    /** The log's frame is written first and each result as its file is linted, so no run is held whole. */
    @Override
    public FileSink open(Path reportBase, PrintWriter out) {
        base = reportBase;
        JsonObject baseIds = new JsonObject();
        baseIds.add("SRCROOT", object("uri", reportBase.toAbsolutePath().normalize().toUri().toString()));
        JsonStream json = new JsonStream(out).beginObject()
                .name("$schema").value(SCHEMA)
                .name("version").value("2.1.0")
                .name("runs").beginArray().beginObject()
                .name("tool").element(tool())
                .name("originalUriBaseIds").element(baseIds)
                .name("columnKind").value("utf16CodeUnits")
                .name("results").beginArray();
        return new FileSink() {
            @Override
            public void add(FileReport file) {
                file.diagnostics().forEach(d -> json.element(result(file, d)));
                file.suppressed().forEach(d -> json.element(suppressedResult(file, d)));
                fingerprints.forget(file);
            }

            @Override
            public void close(Tally tally) {
                json.endArray().endObject().endArray().endObject().finish();
            }
        };
    }

    private JsonObject suppressedResult(FileReport file, Diagnostic d) {
        JsonObject result = result(file, d);
        JsonObject suppression = object("kind", "inSource");
        SuppressionReasons.reasonFor(file.comments(), d).ifPresent(r -> suppression.addProperty("justification", r));
        JsonArray suppressions = new JsonArray();
        suppressions.add(suppression);
        result.add("suppressions", suppressions);
        return result;
    }

    private static JsonObject tool() {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "cspec");
        driver.addProperty("version", Version.current());
        if (Version.current().matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            driver.addProperty("semanticVersion", Version.current());
        }
        JsonArray rules = new JsonArray();
        for (Rule rule : RuleRegistry.builtIn().all()) {
            rules.add(rule(rule));
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        return tool;
    }

    private static JsonObject rule(Rule rule) {
        String area = rule.area().name().toLowerCase(Locale.ROOT);
        JsonObject r = new JsonObject();
        r.addProperty("id", rule.id());
        r.add("shortDescription", object("text", rule.summary()));
        r.add("fullDescription", object("text", rule.summary() + " Area: " + area + "; default severity: "
                + rule.defaultSeverity().label() + "."));
        // The rule's entry of docs/rules.md as the help, which code scanning shows beside the alert.
        String how = "Change its severity in cspec.json (\"rules\": {\"" + rule.id() + "\": \"off\"}) or silence one "
                + "finding with `// cspec-disable-next-line " + rule.id() + " -- reason`; `cspec rules " + rule.id()
                + "` prints this text.";
        String docs = RuleDocs.of(rule.id()).orElse(rule.summary());
        JsonObject help = object("text", docs + "\n\n" + how);
        help.addProperty("markdown", docs + "\n\n" + how);
        r.add("help", help);
        r.add("defaultConfiguration", object("level", level(rule.defaultSeverity())));
        JsonObject properties = new JsonObject();
        JsonArray tags = new JsonArray();
        tags.add(area);
        properties.add("tags", tags);
        r.add("properties", properties);
        return r;
    }

    private JsonObject result(FileReport file, Diagnostic d) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", d.ruleId());
        int index = RuleRegistry.builtIn().all().indexOf(d.rule());
        if (index >= 0) {
            result.addProperty("ruleIndex", index);
        }
        result.addProperty("level", level(d.severity()));
        result.add("message", object("text", d.message()));
        JsonArray locations = new JsonArray();
        locations.add(location(file.uri(), Range.of(file.source(), d.span())));
        result.add("locations", locations);
        result.add("partialFingerprints", object("primaryLocationLineHash", fingerprints.next(file, d)));
        JsonArray related = new JsonArray();
        int id = 1;
        for (RelatedLocation r : d.related()) {
            var source = relatedFiles.sourceOf(file, r).filter(s -> r.span().end() <= s.length());
            if (source.isEmpty()) {
                continue;
            }
            String uri = r.document() == null ? file.uri() : Uris.ofDocument(base, r.document());
            JsonObject location = location(uri, Range.of(source.get(), r.span()));
            location.addProperty("id", id++);
            location.add("message", object("text", r.message()));
            related.add(location);
        }
        if (!related.isEmpty()) {
            result.add("relatedLocations", related);
        }
        if (!d.fixes().isEmpty()) {
            result.add("fixes", fixes(file, d));
        }
        return result;
    }

    /** The fixes the JSON report carries, as SARIF replacements in the finding's file. */
    private static JsonArray fixes(FileReport file, Diagnostic d) {
        JsonArray fixes = new JsonArray();
        for (Fix fix : d.fixes()) {
            JsonArray replacements = new JsonArray();
            for (TextEdit edit : fix.edits()) {
                JsonObject replacement = new JsonObject();
                replacement.add("deletedRegion", region(Range.of(file.source(), edit.span())));
                replacement.add("insertedContent", object("text", edit.newText()));
                replacements.add(replacement);
            }
            JsonObject change = new JsonObject();
            change.add("artifactLocation", artifact(file.uri()));
            change.add("replacements", replacements);
            JsonArray changes = new JsonArray();
            changes.add(change);
            JsonObject sarifFix = new JsonObject();
            sarifFix.add("description", object("text", fix.title()));
            sarifFix.add("artifactChanges", changes);
            JsonObject properties = new JsonObject();
            properties.addProperty("safe", fix.safe());
            sarifFix.add("properties", properties);
            fixes.add(sarifFix);
        }
        return fixes;
    }

    private static JsonObject artifact(String uri) {
        JsonObject artifact = object("uri", uri);
        if (!uri.startsWith("file:")) {
            artifact.addProperty("uriBaseId", "SRCROOT");
        }
        return artifact;
    }

    private static JsonObject region(Range range) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.startLine());
        region.addProperty("startColumn", range.startColumn());
        region.addProperty("endLine", range.endLine());
        region.addProperty("endColumn", range.endColumn());
        return region;
    }

    private static JsonObject location(String uri, Range range) {
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact(uri));
        physical.add("region", region(range));
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        return location;
    }

    /** SARIF has four levels; information and hint are both notes. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    private static JsonObject object(String key, String value) {
        JsonObject o = new JsonObject();
        o.addProperty(key, value);
        return o;
    }
}
