package cspec.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cspec.core.config.Config;
import cspec.core.diagnostic.Severity;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's {@code cspec} settings: rule severities, default profile, debounce delay, trace
 * level and where rule documentation links point. cspec.json wins over them wherever both speak,
 * so the editor and CI agree. Unknown or malformed values are reported, not silently dropped.
 */
record ClientSettings(Map<String, Optional<Severity>> rules, String profile, int debounceMillis, String trace,
        String docsBase, List<String> problems) {

    static final int DEFAULT_DEBOUNCE = 200;
    static final ClientSettings DEFAULT = new ClientSettings(Map.of(), null, DEFAULT_DEBOUNCE, "off", "", List.of());

    ClientSettings {
        rules = Map.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** Reads the settings object; the client may send it bare or wrapped as {"cspec": {...}}. */
    static ClientSettings from(Object raw) {
        if (!(raw instanceof JsonElement element) || !element.isJsonObject()) {
            return DEFAULT;
        }
        JsonObject json = element.getAsJsonObject();
        if (json.has("cspec") && json.get("cspec").isJsonObject()) {
            json = json.getAsJsonObject("cspec");
        }
        List<String> problems = new java.util.ArrayList<>();
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        if (json.has("rules") && json.get("rules").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("rules").entrySet()) {
                String word = e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : "";
                if (word.equals("off")) {
                    rules.put(e.getKey(), Optional.empty());
                } else {
                    Optional<Severity> s = Severity.parse(word);
                    s.ifPresentOrElse(v -> rules.put(e.getKey(), Optional.of(v)), () -> problems.add(
                            "cspec.rules." + e.getKey() + ": `" + word + "` is not a severity; use error, warning, information, hint or off."));
                }
            }
        }
        String profile = string(json, "profile", null);
        int debounce = DEFAULT_DEBOUNCE;
        if (json.has("debounce")) {
            try {
                debounce = Math.max(0, Math.min(10_000, json.get("debounce").getAsInt()));
            } catch (RuntimeException e) {
                problems.add("cspec.debounce: write a number of milliseconds, such as 200.");
            }
        }
        return new ClientSettings(rules, profile, debounce, string(json, "trace", "off"), string(json, "docsBase", ""), problems);
    }

    private static String string(JsonObject json, String key, String fallback) {
        JsonElement e = json.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : fallback;
    }

    /** The workspace's cspec.json settings laid over these: cspec.json wins wherever it says something. */
    Config under(Config fromFile) {
        Map<String, Optional<Severity>> merged = new HashMap<>(rules);
        merged.putAll(fromFile.ruleSeverities());
        String mergedProfile = fromFile.defaultProfile() != null ? fromFile.defaultProfile() : profile;
        return new Config(fromFile.file(), mergedProfile, merged, fromFile.extraTerms(), fromFile.libraries(),
                fromFile.profiles(), fromFile.exclude(), fromFile.problems(), fromFile.willMeansMust());
    }
}
