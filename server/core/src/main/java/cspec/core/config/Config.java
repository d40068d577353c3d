package cspec.core.config;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one workspace, from cspec.json (see docs/language.md, "Configuration").
 * {@code ruleSeverities} maps a rule ID to its severity, or to empty for "off".
 * {@code problems} are the diagnostics found in cspec.json itself (reported against that file).
 * {@code willMeansMust} makes prose "will" an obligation verb in every contract of the workspace.
 */
public record Config(
        Path file,
        String defaultProfile,
        Map<String, Optional<Severity>> ruleSeverities,
        Map<String, List<String>> extraTerms,
        List<String> libraries,
        List<String> profiles,
        List<String> exclude,
        List<Diagnostic> problems,
        boolean willMeansMust) {

    public static final Config DEFAULT = new Config(null, null, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

    public Config(Path file, String defaultProfile, Map<String, Optional<Severity>> ruleSeverities,
            Map<String, List<String>> extraTerms, List<String> libraries, List<String> profiles, List<String> exclude,
            List<Diagnostic> problems) {
        this(file, defaultProfile, ruleSeverities, extraTerms, libraries, profiles, exclude, problems, false);
    }

    public Config {
        ruleSeverities = Map.copyOf(ruleSeverities);
        extraTerms = Map.copyOf(extraTerms);
        libraries = List.copyOf(libraries);
        profiles = List.copyOf(profiles);
        exclude = List.copyOf(exclude);
        problems = List.copyOf(problems);
    }

    /** The severity a rule reports at in this workspace; empty when the rule is off (here, or by default). */
    public Optional<Severity> severityOf(Rule rule, Severity reported) {
        Optional<Severity> configured = ruleSeverities.get(rule.id());
        if (configured != null) {
            return configured;
        }
        return rule.onByDefault() ? Optional.of(reported) : Optional.empty();
    }

    /**
     * Whether the rule reports anything in this workspace: a check may skip the work of a rule that
     * is off here. The severity itself is applied in one place, the analyser, through severityOf.
     */
    public boolean reports(Rule rule) {
        Optional<Severity> configured = ruleSeverities.get(rule.id());
        return configured != null ? configured.isPresent() : rule.onByDefault();
    }

    public List<String> extraTerms(Rule rule) {
        return extraTerms.getOrDefault(rule.id(), List.of());
    }
}
