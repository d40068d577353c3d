package cspec.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * clients/ci/gitlab/cspec.gitlab-ci.yml: its job's script, run in a project folder whose cache
 * already holds the distribution (as after the first pipeline), must write a code-quality report
 * in the shape GitLab reads, and fail the job on errors.
 */
class GitlabTemplateIT {
    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void theJobWritesACodeQualityReportGitlabCanRead() throws Exception {
        Map<String, Object> template = new Yaml().load(Files.readString(Distribution.repo().resolve("clients/ci/gitlab/cspec.gitlab-ci.yml")));
        Map<String, Object> job = (Map<String, Object>) template.get("cspec");
        Map<String, Object> variables = (Map<String, Object>) template.get("variables");
        assertEquals("gl-code-quality-report.json",
                ((Map<String, Object>) ((Map<String, Object>) job.get("artifacts")).get("reports")).get("codequality"));
        List<String> cachePaths = (List<String>) ((Map<String, Object>) job.get("cache")).get("paths");
        assertEquals(List.of(".cspec-dist/"), cachePaths);

        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("cspec.json"), "{}");
        Files.createDirectories(project.resolve("contracts"));
        Files.copy(Distribution.repo().resolve("samples/first-draft.cspec"), project.resolve("contracts/first-draft.cspec"));
        Files.copy(Distribution.repo().resolve("samples/managed-soc.cspec"), project.resolve("contracts/managed-soc.cspec"));
        Distribution.unpackInto(project.resolve(".cspec-dist"));

        ProcessBuilder pb = new ProcessBuilder("sh", "-e", "-c", String.join("\n", (List<String>) job.get("script")))
                .directory(project.toFile()).redirectErrorStream(true);
        variables.forEach((k, v) -> pb.environment().put(k, String.valueOf(v)));
        pb.environment().put("CSPEC_REPOSITORY", "https://git.example.invalid/cspec.git");
        pb.environment().put("CI_BUILDS_DIR", tmp.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), "errors fail the job: " + log);

        JsonArray report = JsonParser.parseString(Files.readString(project.resolve("gl-code-quality-report.json"))).getAsJsonArray();
        java.util.Map<String, Integer> counts = Distribution.findingCounts(project.resolve("contracts/first-draft.cspec"));
        assertEquals(counts.values().stream().mapToInt(Integer::intValue).sum(), report.size(), "every finding: " + counts);
        Set<String> fingerprints = new HashSet<>();
        for (JsonElement e : report) {
            JsonObject issue = e.getAsJsonObject();
            assertTrue(issue.get("description").getAsString().length() > 0, issue.toString());
            assertTrue(issue.get("check_name").getAsString().matches("[a-z]+(-[a-z]+)*"), issue.toString());
            assertTrue(SEVERITIES.contains(issue.get("severity").getAsString()), issue.toString());
            assertTrue(fingerprints.add(issue.get("fingerprint").getAsString()), "fingerprints are unique: " + issue);
            JsonObject location = issue.getAsJsonObject("location");
            assertEquals("contracts/first-draft.cspec", location.get("path").getAsString(), "paths relative to the project");
            assertTrue(location.getAsJsonObject("lines").get("begin").getAsInt() >= 1, issue.toString());
        }
    }
}
