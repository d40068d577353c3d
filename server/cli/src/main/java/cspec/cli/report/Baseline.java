package cspec.cli.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import cspec.core.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The findings a team has accepted, so that `cspec lint --baseline FILE` fails only on new ones
 * while it adopts cspec on existing contracts. A finding is known by its file, its rule and the
 * SARIF fingerprint (the flagged line's text and its occurrence), not by its line number: editing
 * other lines keeps it known, rewording its own line makes it new.
 */
public final class Baseline {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final int VERSION = 1;

    private final Set<String> known;

    private Baseline(Set<String> known) {
        this.known = known;
    }

    /** What to write with --write-baseline: every finding of the report, by file, rule and fingerprint. */
    public static byte[] of(Report report) {
        Recorder recorder = new Recorder();
        report.files().forEach(recorder::add);
        return recorder.bytes();
    }

    /**
     * Records the findings of files as they are linted, keeping of each only its file, rule and
     * fingerprint, which is all a baseline holds.
     */
    public static final class Recorder {
        private final JsonArray findings = new JsonArray();

        public void add(FileReport file) {
            Fingerprints fingerprints = new Fingerprints();
            for (Diagnostic d : file.diagnostics()) {
                JsonObject f = new JsonObject();
                f.addProperty("file", file.slashPath());
                f.addProperty("rule", d.ruleId());
                f.addProperty("fingerprint", fingerprints.next(file, d));
                findings.add(f);
            }
        }

        public int count() {
            return findings.size();
        }

        public byte[] bytes() {
            JsonObject baseline = new JsonObject();
            baseline.addProperty("version", VERSION);
            baseline.addProperty("about", "Findings accepted when cspec was adopted; `cspec lint --baseline` reports only new ones.");
            baseline.add("findings", findings);
            return (GSON.toJson(baseline) + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Reads a baseline file's text; empty with a reason when it is not one. */
    public static Baseline parse(String text, List<String> problems) {
        Set<String> known = new HashSet<>();
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            root = null;
        }
        JsonElement findings = root != null && root.isJsonObject() ? root.getAsJsonObject().get("findings") : null;
        if (findings == null || !findings.isJsonArray() || !isVersion(root.getAsJsonObject().get("version"))) {
            problems.add(NOT_A_BASELINE);
            return new Baseline(known);
        }
        for (JsonElement e : findings.getAsJsonArray()) {
            Optional<String> key = e.isJsonObject() ? keyOf(e.getAsJsonObject()) : Optional.empty();
            if (key.isEmpty()) {
                problems.add(NOT_A_BASELINE);
                return new Baseline(Set.of());
            }
            known.add(key.get());
        }
        return new Baseline(known);
    }

    private static final String NOT_A_BASELINE = "is not a cspec baseline (write one with --write-baseline)";

    private static boolean isVersion(JsonElement version) {
        return version != null && version.isJsonPrimitive() && version.getAsJsonPrimitive().isNumber()
                && version.getAsInt() == VERSION;
    }

    /** A finding's key when it has the three strings a baseline entry holds. */
    private static Optional<String> keyOf(JsonObject finding) {
        String file = string(finding, "file");
        String rule = string(finding, "rule");
        String fingerprint = string(finding, "fingerprint");
        return file == null || rule == null || fingerprint == null ? Optional.empty() : Optional.of(key(file, rule, fingerprint));
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : null;
    }

    /** The report without the findings this baseline holds; filtered tells how many were left out. */
    public Report newFindings(Report report, int[] filtered) {
        return new Report(report.base(), report.files().stream().map(f -> newFindings(f, filtered)).toList());
    }

    /** One file without the findings this baseline holds; filtered counts those left out. */
    public FileReport newFindings(FileReport file, int[] filtered) {
        Fingerprints fingerprints = new Fingerprints();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : file.diagnostics()) {
            if (known.contains(key(file.slashPath(), d.ruleId(), fingerprints.next(file, d)))) {
                filtered[0]++;
            } else {
                kept.add(d);
            }
        }
        return new FileReport(file.displayPath(), file.slashPath(), file.uri(), file.source(), kept, file.suppressed(),
                file.comments());
    }

    private static String key(String file, String rule, String fingerprint) {
        return file + "\u0000" + rule + "\u0000" + fingerprint;
    }

}
