package cspec.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs a composite GitHub Action the way the runner does, as far as a test can: each `run` step
 * with `bash --noprofile --norc -eo pipefail`, its `${{ }}` expressions replaced from the inputs,
 * the earlier steps' outputs and the `github` context, `if:` conditions honoured (a failed step
 * skips what follows unless it asks for `always()`). The `uses` steps that need the internet are
 * stood in for: Java is already here, the cache is restored from the archive just built, and the
 * SARIF upload is recorded.
 */
final class ActionRunner {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

    record StepRun(String id, String stdout, String stderr, int exitCode) {
    }

    final Map<String, String> inputs = new HashMap<>();
    final Map<String, Map<String, String>> outputs = new HashMap<>();
    final List<StepRun> runs = new ArrayList<>();
    final List<String> uploadedSarif = new ArrayList<>();
    private final Map<String, Object> action;
    private final Path actionPath;
    private final Path runnerDir;
    private final Path workspace;
    private boolean failed;

    @SuppressWarnings("unchecked")
    Path workspace() {
        return workspace;
    }

    ActionRunner(Path actionPath, Path runnerDir, Path workspace) throws IOException {
        this.actionPath = actionPath;
        this.runnerDir = runnerDir;
        this.workspace = workspace;
        this.action = new Yaml().load(Files.readString(actionPath.resolve("action.yml")));
        for (Map.Entry<String, Object> input : ((Map<String, Object>) action.get("inputs")).entrySet()) {
            Object value = ((Map<String, Object>) input.getValue()).get("default");
            inputs.put(input.getKey(), value == null ? "" : value.toString());
        }
    }

    Path stepSummary() {
        return runnerDir.resolve("step-summary.md");
    }

    StepRun step(String id) {
        return runs.stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow(() -> new AssertionError("step " + id + " did not run"));
    }

    @SuppressWarnings("unchecked")
    void run() throws IOException, InterruptedException {
        Map<String, Object> runsBlock = (Map<String, Object>) action.get("runs");
        if (!"composite".equals(runsBlock.get("using"))) {
            throw new AssertionError("not a composite action");
        }
        for (Map<String, Object> step : (List<Map<String, Object>>) runsBlock.get("steps")) {
            String id = (String) step.getOrDefault("id", "step" + runs.size());
            String condition = (String) step.get("if");
            if (!(condition == null ? !failed : condition(condition))) {
                continue;
            }
            if (step.containsKey("uses")) {
                uses(id, (String) step.get("uses"), (Map<String, Object>) step.getOrDefault("with", Map.of()));
            } else {
                bash(id, (String) step.get("run"), (Map<String, Object>) step.getOrDefault("env", Map.of()));
            }
        }
    }

    private void uses(String id, String action, Map<String, Object> with) throws IOException, InterruptedException {
        Map<String, String> out = outputs.computeIfAbsent(id, k -> new HashMap<>());
        if (action.startsWith("actions/setup-java@")) {
            return;
        } else if (action.startsWith("actions/cache@")) {
            Path path = Path.of(expand(with.get("path").toString()));
            Files.createDirectories(path);
            new ProcessBuilder("tar", "-xzf", Distribution.archive().toString(), "-C", path.toString(), "--strip-components=1")
                    .inheritIO().start().waitFor(60, TimeUnit.SECONDS);
            out.put("cache-hit", "true");
        } else if (action.startsWith("github/codeql-action/upload-sarif@")) {
            uploadedSarif.add(expand(with.get("sarif_file").toString()));
        } else {
            throw new AssertionError("the test runner does not know " + action);
        }
    }

    private void bash(String id, String script, Map<String, Object> env) throws IOException, InterruptedException {
        Path outputFile = Files.createTempFile(runnerDir, "output-", ".txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", expand(script))
                .directory(workspace.toFile());
        Map<String, String> environment = pb.environment();
        environment.put("GITHUB_ACTION_PATH", actionPath.toString());
        environment.put("GITHUB_OUTPUT", outputFile.toString());
        environment.put("GITHUB_STEP_SUMMARY", stepSummary().toString());
        environment.put("GITHUB_WORKSPACE", workspace.toString());
        environment.put("RUNNER_TEMP", Files.createDirectories(runnerDir.resolve("temp")).toString());
        environment.put("RUNNER_TOOL_CACHE", Files.createDirectories(runnerDir.resolve("tool-cache")).toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        for (Map.Entry<String, Object> e : env.entrySet()) {
            environment.put(e.getKey(), expand(String.valueOf(e.getValue())));
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("step " + id + " did not finish");
        }
        Map<String, String> out = outputs.computeIfAbsent(id, k -> new LinkedHashMap<>());
        for (String line : Files.readAllLines(outputFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        runs.add(new StepRun(id, stdout, stderr, p.exitValue()));
        failed |= p.exitValue() != 0;
    }

    /** Replaces each ${{ expression }} with its value. */
    String expand(String text) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String path) {
        String[] parts = path.split("\\.");
        return switch (parts[0]) {
            case "inputs" -> inputs.getOrDefault(parts[1], "");
            case "steps" -> outputs.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
            case "github" -> parts[1].equals("action_path") ? actionPath.toString() : "";
            default -> throw new AssertionError("the test runner cannot evaluate " + path);
        };
    }

    /** The conditions action.yml uses: always(), and comparisons with a quoted string, joined by &&. */
    private boolean condition(String expression) {
        boolean always = false;
        boolean result = true;
        for (String term : expression.split("&&")) {
            String t = term.strip();
            if (t.equals("always()")) {
                always = true;
                continue;
            }
            Matcher m = Pattern.compile("(\\S+)\\s*(==|!=)\\s*'([^']*)'").matcher(t);
            if (!m.matches()) {
                throw new AssertionError("the test runner cannot evaluate " + t);
            }
            boolean equal = value(m.group(1)).equals(m.group(3));
            result &= m.group(2).equals("==") == equal;
        }
        return (always || !failed) && result;
    }
}
