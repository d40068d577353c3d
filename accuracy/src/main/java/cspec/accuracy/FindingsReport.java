package cspec.accuracy;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Requirement;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs cspec's analysis on every converted contract, at default settings (a standalone
 * workspace: no cspec.json, no profile), and writes one TSV row per finding shown by default:
 * severity error, warning or information, not hint, and not suppressed.
 *
 * <p>{@code FindingsReport accuracy/converted accuracy/baseline/findings-e511696.tsv [hints.tsv]}: with a
 * third argument, the findings shown only as hints (not shown by default, but still reported in an
 * editor) go to that file, in the same columns, so "still found" can count a problem that a
 * demoted rule still reports.
 */
public final class FindingsReport {
    private FindingsReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: FindingsReport <folder of converted .cspec files> <findings.tsv> [<hints.tsv>]");
            System.exit(2);
        }
        List<Finding> all = findings(Path.of(args[0]));
        Tsv.write(Path.of(args[1]), Finding.COLUMNS, all.stream().map(Finding::row).toList());
        if (args.length == 3) {
            List<Finding> hints = findings(Path.of(args[0]), true);
            Tsv.write(Path.of(args[2]), Finding.COLUMNS, hints.stream().map(Finding::row).toList());
            System.out.println(hints.size() + "\thints (not shown by default)");
        }
        Map<String, Integer> byRule = new TreeMap<>();
        all.forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
        byRule.forEach((rule, n) -> System.out.println(n + "\t" + rule));
        System.out.println(all.size() + "\tfindings in all");
    }

    /** The findings on every .cspec file of a folder, file by file in name order. */
    public static List<Finding> findings(Path folder) throws IOException {
        return findings(folder, false);
    }

    /** The findings shown by default (hints false) or only the hints (hints true) on every .cspec file of a folder. */
    public static List<Finding> findings(Path folder, boolean hints) throws IOException {
        List<Finding> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".cspec")).sorted().toList()) {
                String contract = file.getFileName().toString().replaceFirst("\\.cspec$", "");
                SourceText source = new SourceText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                all.addAll(findings(contract, source, file, hints));
            }
        }
        return all;
    }

    /** The findings shown by default on one file, in the order cspec reports them. */
    public static List<Finding> findings(String contract, SourceText source, Path path) {
        return findings(contract, source, path, false);
    }

    /**
     * The findings on one file shown by default (hints false) or only its hints (hints true). Keys
     * count occurrences within the chosen set.
     */
    public static List<Finding> findings(String contract, SourceText source, Path path, boolean hints) {
        return findings(contract, source, path, hints, Workspace.standalone());
    }

    /** The same in a given workspace: one whose cspec.json turns on a rule that is off by default, say. */
    public static List<Finding> findings(String contract, SourceText source, Path path, boolean hints, Workspace workspace) {
        AnalysisResult result = Analyzer.analyze(source, path, workspace);
        Outline outline = result.file().document() == null ? Outline.empty() : Outline.of(result.file().document());
        Map<String, Integer> occurrences = new HashMap<>();
        List<Finding> found = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if ((d.severity() == Severity.HINT) != hints) {
                continue;
            }
            Place place = place(source, outline, d.span());
            String matched = oneLine(source.slice(d.span()));
            String identity = d.ruleId() + "\u0000" + Finding.normalise(place.sentence()) + "\u0000" + Finding.normalise(matched);
            int occurrence = occurrences.merge(identity, 1, Integer::sum) - 1;
            found.add(new Finding(Finding.key(contract, d.ruleId(), place.sentence(), matched, occurrence), contract,
                    place.id(), source.lines().lineOf(d.span().start()) + 1, d.ruleId(), d.severity().label(), matched,
                    oneLine(d.message()), place.sentence()));
        }
        return found;
    }

    /** What holds a finding: a requirement, a definition, or neither (then the finding's line stands for the sentence). */
    private record Place(String id, String sentence) {
    }

    private static Place place(SourceText source, Outline outline, Span span) {
        for (Outline.Placed<Requirement> placed : outline.requirements()) {
            Requirement r = placed.item();
            if (holds(r.span(), span)) {
                return new Place(r.optionalId().map(i -> i.text()).orElse(""), prose(source, r.prose()));
            }
        }
        for (Definitions.Definition definition : outline.definitions()) {
            if (holds(definition.span(), span)) {
                return new Place("definition \"" + definition.term().value() + "\"", prose(source, definition.prose()));
            }
        }
        int line = source.lines().lineOf(span.start());
        String text = source.text().substring(source.lines().lineStart(line), source.lines().lineEnd(line, source.text()));
        return new Place("", oneLine(text));
    }

    private static boolean holds(Span outer, Span inner) {
        return inner.start() >= outer.start() && inner.start() <= outer.end();
    }

    private static String prose(SourceText source, Prose prose) {
        return prose == null ? "" : oneLine(prose.maskedText(source));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
