package cspec.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.cli.LintCommand;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The SARIF report of a real lint run validates against the OASIS SARIF 2.1.0 schema and has
 * every field GitHub code scanning reads, suppressed findings included.
 */
class SarifSchemaTest {
    private static Schema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        }
    }

    private String sarif() throws IOException {
        Files.writeString(tmp.resolve("contract.cspec"), """
                contract "Managed SOC" {
                    client "Example Corp"
                    provider "Acme" as "Supplier"
                }

                section services "Services" {
                    shoud MON-1 (weight 5): The Supplier should forward every alert.
                    // cspec-disable-next-line syntax -- drafting note kept on purpose
                    mustt MON-2: The Supplier must monitor all log sources.
                    // cspec-disable-next-line vague-trem
                    must MON-3: The Supplier must keep logs.
                }
                """);
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new LintCommand(tmp).commandSpec());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertEquals(1, commandLine.execute("--format", "sarif"));
        return out.toString();
    }

    @Test
    void reportIsValidSarif210() throws IOException {
        List<Error> errors = schema.validate(sarif(), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void theValidatorDoesRejectABrokenReport() throws IOException {
        JsonObject log = JsonParser.parseString(sarif()).getAsJsonObject();
        region(firstResult(log)).addProperty("startLine", 0);
        firstResult(log).addProperty("level", "fatal");
        assertEquals(2, schema.validate(log.toString(), InputFormat.JSON).size());
    }

    @Test
    void everyFieldGithubReadsIsThere() throws IOException {
        JsonObject log = JsonParser.parseString(sarif()).getAsJsonObject();
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("cspec", driver.get("name").getAsString());
        assertFalse(driver.get("version").getAsString().isBlank());
        assertFalse(driver.has("informationUri"), "cspec has no web site, so SARIF links to none");
        JsonArray rules = driver.getAsJsonArray("rules");
        for (JsonElement e : rules) {
            JsonObject rule = e.getAsJsonObject();
            for (String key : List.of("id", "shortDescription", "fullDescription", "help", "defaultConfiguration")) {
                assertTrue(rule.has(key), key + " missing in " + rule);
            }
            assertFalse(rule.has("helpUri"), "no link to a site that does not exist: " + rule);
            assertTrue(rule.getAsJsonObject("help").get("markdown").getAsString().contains("cspec rules " + rule.get("id").getAsString()));
        }
        JsonArray results = run.getAsJsonArray("results");
        assertEquals(3, results.size(), results.toString()); // two shown, one suppressed
        for (JsonElement e : results) {
            JsonObject result = e.getAsJsonObject();
            int index = result.get("ruleIndex").getAsInt();
            assertEquals(result.get("ruleId").getAsString(), rules.get(index).getAsJsonObject().get("id").getAsString());
            JsonObject artifact = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
            assertEquals("contract.cspec", artifact.get("uri").getAsString());
            assertEquals("SRCROOT", artifact.get("uriBaseId").getAsString());
            JsonObject region = region(result);
            for (String key : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertTrue(region.get(key).getAsInt() >= 1, key);
            }
            assertTrue(result.getAsJsonObject("partialFingerprints").get("primaryLocationLineHash").getAsString()
                    .matches("[0-9a-f]{16}:\\d+"));
        }
        JsonObject first = results.get(0).getAsJsonObject();
        assertEquals("syntax", first.get("ruleId").getAsString());
        assertEquals("error", first.get("level").getAsString());
        assertEquals(7, region(first).get("startLine").getAsInt());
        assertEquals(5, region(first).get("startColumn").getAsInt());
        assertEquals(10, region(first).get("endColumn").getAsInt());
    }

    @Test
    void fixesTravelAsReplacementsLikeInTheJsonReport() throws IOException {
        JsonObject first = firstResult(JsonParser.parseString(sarif()).getAsJsonObject());
        JsonObject fix = first.getAsJsonArray("fixes").get(0).getAsJsonObject();
        assertEquals("Change to `should`", fix.getAsJsonObject("description").get("text").getAsString());
        assertTrue(fix.getAsJsonObject("properties").get("safe").getAsBoolean());
        JsonObject change = fix.getAsJsonArray("artifactChanges").get(0).getAsJsonObject();
        assertEquals("contract.cspec", change.getAsJsonObject("artifactLocation").get("uri").getAsString());
        JsonObject replacement = change.getAsJsonArray("replacements").get(0).getAsJsonObject();
        assertEquals("should", replacement.getAsJsonObject("insertedContent").get("text").getAsString());
        JsonObject deleted = replacement.getAsJsonObject("deletedRegion");
        assertEquals(List.of(7, 5, 7, 10), List.of(deleted.get("startLine").getAsInt(), deleted.get("startColumn").getAsInt(),
                deleted.get("endLine").getAsInt(), deleted.get("endColumn").getAsInt()));
    }

    @Test
    void suppressedFindingsAreCarriedWithTheirReason() throws IOException {
        JsonArray results = JsonParser.parseString(sarif()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().getAsJsonArray("results");
        JsonObject suppressed = null;
        for (JsonElement e : results) {
            if (e.getAsJsonObject().has("suppressions")) {
                suppressed = e.getAsJsonObject();
            }
        }
        assertTrue(suppressed != null, results.toString());
        assertEquals(9, region(suppressed).get("startLine").getAsInt());
        JsonObject suppression = suppressed.getAsJsonArray("suppressions").get(0).getAsJsonObject();
        assertEquals("inSource", suppression.get("kind").getAsString());
        assertEquals("drafting note kept on purpose", suppression.get("justification").getAsString());
    }

    private static JsonObject firstResult(JsonObject log) {
        return log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
    }

    private static JsonObject region(JsonObject result) {
        return result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
    }
}
