package cspec.cli.report;

import cspec.cli.Version;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.Severity;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: every rule in {@code tool.driver.rules} with
 * its descriptions, help and default level; each finding with its rule index, level, message, a
 * full 1-based region relative to SRCROOT (the current directory), a line-hash fingerprint, and
 * related locations. Findings a suppression comment silenced are reported too, marked
 * {@code suppressions: [{kind: inSource}]} with the comment's reason, so code scanning shows them
 * as dismissed rather than losing them.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Fingerprints fingerprints = new Fingerprints();
    private final RelatedFiles relatedFiles = new RelatedFiles();
    private java.nio.file.Path base;

    @Override
    public void write(Report report, PrintWriter out) {
        base = report.base();
        JsonObject run = new JsonObject();
        run.add("tool", tool());
        JsonObject base = new JsonObject();
        base.add("SRCROOT", object("uri", report.base().toAbsolutePath().normalize().toUri().toString()));
        run.add("originalUriBaseIds", base);
        run.addProperty("columnKind", "utf16CodeUnits");
        JsonArray results = new JsonArray();
        for (FileReport file : report.files()) {
            for (Diagnostic d : file.diagnostics()) {
                results.add(result(file, d));
            }
            for (Diagnostic d : file.suppressed()) {
                JsonObject result = result(file, d);
                JsonObject suppression = object("kind", "inSource");
                SuppressionReasons.reasonFor(file.comments(), d).ifPresent(r -> suppression.addProperty("justification", r));
                JsonArray suppressions = new JsonArray();
                suppressions.add(suppression);
                result.add("suppressions", suppressions);
                results.add(result);
            }
        }
        run.add("results", results);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        log.add("runs", runs);
        out.println(GSON.toJson(log));
        out.flush();
    }

    private static JsonObject tool() {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "cspec");
        driver.addProperty("version", Version.current());
        if (Version.current().matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            driver.addProperty("semanticVersion", Version.current());
        }
        driver.addProperty("informationUri", Version.homepage());
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
        r.add("help", object("text", "docs/rules.md#" + rule.id() + " explains what `" + rule.id()
                + "` catches and why it matters, with a failing and a passing example. Change its severity in "
                + "cspec.json (\"rules\": {\"" + rule.id() + "\": \"off\"}) or silence one finding with "
                + "`// cspec-disable-next-line " + rule.id() + " -- reason`."));
        r.addProperty("helpUri", Version.homepage() + "/" + rule.docsAnchor());
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
        return result;
    }

    private static JsonObject location(String uri, Range range) {
        JsonObject artifact = object("uri", uri);
        if (!uri.startsWith("file:")) {
            artifact.addProperty("uriBaseId", "SRCROOT");
        }
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.startLine());
        region.addProperty("startColumn", range.startColumn());
        region.addProperty("endLine", range.endLine());
        region.addProperty("endColumn", range.endColumn());
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
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
