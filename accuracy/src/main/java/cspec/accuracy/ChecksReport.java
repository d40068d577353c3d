package cspec.accuracy;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Section;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.core.workspace.FileSource;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The findings of the checks issue 10 adds (missing-content, contradictory-figures,
 * clause-defaults) on text nobody here wrote: the converted corpus under a profile for commercial
 * service agreements, and the public-tender sample under soc-services. Each contract's sections are
 * named by the profile's IDs where their titles say what they are ({@link #TITLES}), and the
 * profile is named in its header, as a user adopting the profile would do; no word of prose
 * changes. One TSV row per finding, with empty verdict and note columns for a reviewer.
 *
 * <p>{@code ChecksReport accuracy/converted accuracy/checks/services-agreement.cspec
 * samples/out-of-hours-soc.cspec accuracy/checks/findings.tsv}
 */
public final class ChecksReport {
    static final Set<String> RULES = Set.of("missing-content", "contradictory-figures", "clause-defaults");
    static final List<String> COLUMNS = List.of("key", "contract", "profile", "rule", "severity", "line", "range_text",
            "message", "related", "context", "verdict", "note");

    /** Section titles that say which part of the profile a section is, first match wins. */
    static final Map<String, Pattern> TITLES = titles();

    private ChecksReport() {
    }

    private static Map<String, Pattern> titles() {
        Map<String, Pattern> t = new LinkedHashMap<>();
        t.put("term", title("term|term of (the )?agreement|duration|initial term|term and renewal|term of services"));
        t.put("termination", title("(term and )?termination( of (this )?agreement)?|termination for cause|termination and suspension"));
        t.put("confidentiality", title("confidential(ity)?( information)?( and non.?disclosure)?|non.?disclosure"));
        t.put("payment", title("payments?( terms)?|fees( and payment( terms)?)?|compensation|invoic(es|ing)( and payment)?|charges( and payment)?"));
        t.put("notices", title("notices?"));
        t.put("indemnification", title("indemnification|indemnity|indemnities|mutual indemnification"));
        t.put("liability", title("limitation(s)? (of|on) liability|limitation of damages|liability"));
        t.put("insurance", title("insurance"));
        t.put("warranties", title("warrant(y|ies)|representations and warranties|limited warranty|warranties and representations"));
        t.put("services", title("services|the services|scope of services|description of services"));
        return t;
    }

    private static Pattern title(String regex) {
        return Pattern.compile("\\[?\\s*(" + regex + ")\\s*\\.?\\]?", Pattern.CASE_INSENSITIVE);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: ChecksReport <converted folder> <profile.cspec> <tender sample.cspec> <findings.tsv>");
            System.exit(2);
        }
        List<List<String>> rows = allRows(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        Tsv.write(Path.of(args[3]), COLUMNS, rows);
        Map<String, Integer> byRule = new TreeMap<>();
        rows.forEach(r -> byRule.merge(r.get(3), 1, Integer::sum));
        byRule.forEach((rule, n) -> System.out.println(n + "\t" + rule));
        System.out.println(rows.size() + "\tfindings in all");
    }

    /** Every row: each converted contract under the profile file, then the tender sample under soc-services. */
    static List<List<String>> allRows(Path converted, Path profileFile, Path sample) throws IOException {
        String profile = Files.readString(profileFile, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(converted)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".cspec")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.cspec$", "");
                rows.addAll(rows(name, "services-agreement", Files.readString(file, StandardCharsets.UTF_8), profile));
            }
        }
        rows.addAll(rows(sample.getFileName().toString().replaceFirst("\\.cspec$", ""), "soc-services",
                Files.readString(sample, StandardCharsets.UTF_8), null));
        return rows;
    }

    /** The rows for one contract under a profile: the workspace profile's text, or null for a built-in. */
    static List<List<String>> rows(String name, String profileId, String text, String profileText) {
        String adopted = adopt(text, profileId);
        SourceText source = new SourceText(name + ".cspec", adopted);
        Path root = Path.of("/accuracy-workspace").toAbsolutePath();
        Path contractPath = root.resolve(name + ".cspec");
        Map<Path, String> files = new HashMap<>();
        files.put(contractPath, adopted);
        if (profileText != null) {
            files.put(root.resolve("profile.cspec"), profileText);
        }
        Workspace workspace = new Workspace(root, Config.DEFAULT, new MemoryFiles(files));
        AnalysisResult result = Analyzer.analyze(source, contractPath, workspace);
        Outline outline = result.file().document() == null ? Outline.empty() : Outline.of(result.file().document());
        List<List<String>> rows = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            if (!RULES.contains(d.ruleId())) {
                continue;
            }
            String range = oneLine(source.slice(d.span()));
            String context = context(source, outline, d);
            String identity = d.ruleId() + "\u0000" + Finding.normalise(context) + "\u0000" + Finding.normalise(range);
            int occurrence = occurrences.merge(identity, 1, Integer::sum) - 1;
            rows.add(List.of(Finding.key(name, d.ruleId(), context, range, occurrence), name, profileId, d.ruleId(),
                    d.severity().label(), String.valueOf(source.lines().lineOf(d.span().start()) + 1), range,
                    oneLine(d.message()), related(source, d), context, "", ""));
        }
        return rows;
    }

    /**
     * The contract as a user adopting the profile writes it: the profile named in the header, and
     * each section whose title says what it is renamed to the profile's ID (the first such section).
     */
    static String adopt(String text, String profileId) {
        var parsed = SpecParser.parse(new SourceText("c", text));
        if (!(parsed.document() instanceof Contract contract)) {
            return text;
        }
        List<Span> spans = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Pattern> t : TITLES.entrySet()) {
            for (Outline.Placed<Section> placed : Outline.of(contract).sections()) {
                Section s = placed.item();
                if (s.title() != null && t.getValue().matcher(s.title().value().strip()).matches() && !spans.contains(s.id().span())) {
                    spans.add(s.id().span());
                    ids.add(t.getKey());
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder(text);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(b).start(), spans.get(a).start()));
        for (int i : order) {
            out.replace(spans.get(i).start(), spans.get(i).end(), ids.get(i));
        }
        int headerStart = out.indexOf("{", contract.span().start()) + 1;
        if (contract.field(cspec.core.syntax.HeaderField.ProfileRef.class).isEmpty()) {
            out.insert(headerStart, "\n    profile " + profileId);
        }
        return out.toString();
    }

    /** What a reviewer needs to judge the finding: the section's words, or the sentence the figure stands in. */
    private static String context(SourceText source, Outline outline, Diagnostic d) {
        for (Outline.Placed<Section> placed : outline.sections()) {
            Section s = placed.item();
            if (s.id().span().equals(d.span())) {
                StringBuilder words = new StringBuilder("section " + s.id().text() + " \"" + s.title().value() + "\": ");
                for (Prose p : outline.prose()) {
                    if (p.span().start() >= s.span().start() && p.span().end() <= s.span().end()) {
                        words.append(oneLine(p.maskedText(source))).append(" / ");
                    }
                }
                String all = words.toString();
                return all.length() > 1500 ? all.substring(0, 1500) + "..." : all;
            }
        }
        for (Prose p : outline.prose()) {
            if (p.span().contains(d.span().start())) {
                return oneLine(p.maskedText(source));
            }
        }
        return "";
    }

    private static String related(SourceText source, Diagnostic d) {
        List<String> parts = new ArrayList<>();
        for (RelatedLocation r : d.related()) {
            if (r.document() == null) {
                parts.add("line " + (source.lines().lineOf(r.span().start()) + 1) + ": " + oneLine(source.slice(r.span()))
                        + " (" + r.message() + ")");
            } else {
                parts.add(r.message());
            }
        }
        return String.join(" | ", parts);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The workspace held in memory: the contract and the profile, nothing else. */
    private record MemoryFiles(Map<Path, String> files) implements FileSource {
        @Override
        public Optional<String> read(Path file) {
            return Optional.ofNullable(files.get(file.toAbsolutePath().normalize()));
        }

        @Override
        public List<Path> specFiles(Path root) {
            return files.keySet().stream().filter(p -> p.startsWith(root)).sorted().toList();
        }
    }
}
