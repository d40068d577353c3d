package cspec.core.config;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.Similarity;
import cspec.core.text.Span;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads cspec.json with Gson's streaming reader, so that every problem is reported at its own
 * line and column instead of being ignored: malformed JSON, an unknown key, a value of the wrong
 * type, a bad severity word or glob ({@code syntax}), and a rule ID that does not exist
 * ({@code unknown-rule}). What can be read is kept, so one typo costs one setting.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "cspec.json";
    static final List<String> KEYS = List.of("profile", "rules", "terms", "libraries", "profiles", "exclude",
            "willMeansMust");
    static final List<String> SEVERITY_WORDS = List.of("error", "warning", "information", "hint", "off");
    private static final Pattern ID = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.-]*");

    private final JsonSpans spans;
    private final JsonReader reader;
    private final List<Diagnostic> problems = new ArrayList<>();
    private String profile;
    private final Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
    private final Map<String, List<String>> terms = new LinkedHashMap<>();
    private List<String> libraries = List.of();
    private List<String> profiles = List.of();
    private List<String> exclude = List.of();
    private boolean willMeansMust;

    private ConfigLoader(String text) {
        this.spans = new JsonSpans(text);
        this.reader = new JsonReader(new StringReader(text));
        this.reader.setStrictness(Strictness.STRICT);
    }

    /**
     * The settings in text, read from file (kept for messages); never throws. Like {@code SourceText},
     * offsets count from after a byte-order mark.
     */
    public static Config parse(Path file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ConfigLoader loader = new ConfigLoader(body);
        loader.readDocument();
        return new Config(file, loader.profile, loader.rules, loader.terms, loader.libraries, loader.profiles,
                loader.exclude, loader.problems, loader.willMeansMust);
    }

    private void readDocument() {
        try {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                problem(spans.token(reader), "cspec.json must hold one JSON object, as in {\"rules\": {\"wordy\": \"off\"}}.");
                return;
            }
            reader.beginObject();
            Set<String> seen = new HashSet<>();
            while (reader.hasNext()) {
                Span keySpan = spans.token(reader);
                String key = reader.nextName();
                if (!seen.add(key)) {
                    problem(keySpan, "`" + key + "` is given twice; keep one of them.");
                    reader.skipValue();
                    continue;
                }
                readSetting(key, keySpan);
            }
            reader.endObject();
            reader.peek();
        } catch (IOException | IllegalStateException e) {
            problem(spans.errorSpan(e.getMessage()), JsonSpans.describe(e.getMessage()));
        }
    }

    private void readSetting(String key, Span keySpan) throws IOException {
        switch (key) {
            case "profile" -> profile = readProfile();
            case "rules" -> readRules();
            case "terms" -> readTerms();
            case "libraries" -> libraries = readStrings(key, "library file paths relative to cspec.json", false);
            case "profiles" -> profiles = readStrings(key, "profile file paths relative to cspec.json", false);
            case "exclude" -> exclude = readStrings(key, "glob patterns relative to cspec.json", true);
            case "willMeansMust" -> willMeansMust = readWillMeansMust();
            default -> {
                String hint = Similarity.closest(key, KEYS).map(k -> " Did you mean `" + k + "`?").orElse("");
                Diagnostic d = Diagnostic.of(Rule.SYNTAX, keySpan, "`" + key + "` is not a cspec.json setting." + hint
                        + " The settings are " + String.join(", ", KEYS) + ".");
                problems.add(Similarity.closest(key, KEYS)
                        .map(k -> d.withFix(Fix.onRequest("Change to `" + k + "`", new TextEdit(JsonSpans.inside(keySpan), k))))
                        .orElse(d));
                reader.skipValue();
            }
        }
    }

    private boolean readWillMeansMust() throws IOException {
        Span span = spans.token(reader);
        if (reader.peek() != JsonToken.BOOLEAN) {
            wrongType(span, "`willMeansMust` must be true or false, without quotes, as in \"willMeansMust\": true.");
            return false;
        }
        return reader.nextBoolean();
    }

    private String readProfile() throws IOException {
        Span span = spans.token(reader);
        if (reader.peek() != JsonToken.STRING) {
            wrongType(span, "`profile` must be a profile ID in quotes, as in \"profile\": \"soc-services\".");
            return null;
        }
        String id = reader.nextString();
        if (!ID.matcher(id).matches()) {
            problem(span, "`" + id + "` is not a profile ID: an ID starts with a letter, then letters, digits, "
                    + "`-`, `_` or `.`, as in \"soc-services\".");
            return null;
        }
        return id;
    }

    private void readRules() throws IOException {
        if (!expectObject("rules", "an object from rule ID to severity, as in \"rules\": {\"wordy\": \"off\"}")) {
            return;
        }
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        while (reader.hasNext()) {
            Span keySpan = spans.token(reader);
            String id = reader.nextName();
            Optional<Rule> rule = knownRule(id, keySpan, seen);
            Span valueSpan = spans.token(reader);
            if (reader.peek() != JsonToken.STRING) {
                wrongType(valueSpan, "The severity of `" + id + "` must be one of " + severityWords() + ", in quotes.");
                continue;
            }
            String word = reader.nextString();
            Optional<Optional<Severity>> severity = severityOf(word, valueSpan);
            if (rule.isPresent() && severity.isPresent()) {
                rules.put(id, severity.get());
            }
        }
        reader.endObject();
    }

    private void readTerms() throws IOException {
        if (!expectObject("terms", "an object from wording rule ID to a list of extra phrases, "
                + "as in \"terms\": {\"vague-term\": [\"fit for purpose\"]}")) {
            return;
        }
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        while (reader.hasNext()) {
            Span keySpan = spans.token(reader);
            String id = reader.nextName();
            Optional<Rule> rule = knownRule(id, keySpan, seen);
            if (rule.isPresent() && !rule.get().hasTermList()) {
                problem(keySpan, "`" + id + "` has no term list, so it takes no extra terms; terms apply to "
                        + RuleRegistry.builtIn().withTermLists().stream().map(Rule::id).collect(Collectors.joining(", "))
                        + ".");
                reader.skipValue();
                continue;
            }
            List<String> phrases = readStrings("terms." + id, "phrases", false);
            if (rule.isPresent()) {
                terms.put(id, phrases);
            }
        }
        reader.endObject();
    }

    /** An array of non-empty strings; with globs set, each must be a valid glob pattern. */
    private List<String> readStrings(String key, String what, boolean globs) throws IOException {
        Span span = spans.token(reader);
        if (reader.peek() != JsonToken.BEGIN_ARRAY) {
            wrongType(span, "`" + key + "` must be an array of " + what + ", as in [\"...\"].");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            Span item = spans.token(reader);
            if (reader.peek() != JsonToken.STRING) {
                wrongType(item, "Each entry of `" + key + "` must be a string in quotes.");
                continue;
            }
            String value = reader.nextString();
            if (value.isBlank()) {
                problem(item, "An empty entry in `" + key + "` means nothing; remove it or write the " + what + ".");
            } else if (globs && !validGlob(value)) {
                problem(item, "`" + value + "` is not a valid glob pattern (check its brackets and braces), as in \"drafts/**\".");
            } else {
                values.add(value);
            }
        }
        reader.endArray();
        return values;
    }

    private Optional<Rule> knownRule(String id, Span keySpan, Set<String> seen) {
        if (!seen.add(id)) {
            problem(keySpan, "`" + id + "` is given twice here; keep one of them.");
            return Optional.empty();
        }
        Optional<Rule> rule = RuleRegistry.builtIn().byId(id);
        if (rule.isEmpty()) {
            Optional<String> near = RuleRegistry.builtIn().closest(id).map(Rule::id);
            Diagnostic d = Diagnostic.of(Rule.UNKNOWN_RULE, keySpan, "`" + id + "` is not a cspec rule, so this setting does nothing."
                    + near.map(n -> " Did you mean `" + n + "`?").orElse("") + " `cspec rules` lists every rule ID.");
            problems.add(near.map(n -> d.withFix(Fix.onRequest("Change to `" + n + "`",
                    new TextEdit(JsonSpans.inside(keySpan), n)))).orElse(d));
        }
        return rule;
    }

    /** Empty when the word is bad (reported); otherwise the severity, itself empty for "off". */
    private Optional<Optional<Severity>> severityOf(String word, Span span) {
        if (word.equals("off")) {
            return Optional.of(Optional.empty());
        }
        Optional<Severity> severity = Severity.parse(word);
        if (severity.isPresent()) {
            return Optional.of(severity);
        }
        Optional<String> near = Similarity.closest(word, SEVERITY_WORDS);
        Diagnostic d = Diagnostic.of(Rule.SYNTAX, span, "`" + word + "` is not a severity: write one of " + severityWords() + "."
                + near.map(n -> " Did you mean `" + n + "`?").orElse(""));
        problems.add(near.map(n -> d.withFix(Fix.onRequest("Change to `" + n + "`", new TextEdit(JsonSpans.inside(span), n))))
                .orElse(d));
        return Optional.empty();
    }

    private boolean expectObject(String key, String what) throws IOException {
        Span span = spans.token(reader);
        if (reader.peek() == JsonToken.BEGIN_OBJECT) {
            return true;
        }
        wrongType(span, "`" + key + "` must be " + what + ".");
        return false;
    }

    private void wrongType(Span span, String message) throws IOException {
        problem(span, message);
        reader.skipValue();
    }

    private void problem(Span span, String message) {
        problems.add(Diagnostic.of(Rule.SYNTAX, span, message));
    }

    private static boolean validGlob(String glob) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String severityWords() {
        return "\"error\", \"warning\", \"information\", \"hint\" or \"off\"";
    }
}
