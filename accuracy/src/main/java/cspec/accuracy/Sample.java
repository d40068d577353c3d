package cspec.accuracy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws the findings a reviewer judges: for each rule, every finding when the rule has at most
 * 30, else 30 drawn at random with a fixed seed. Writes them with empty {@code verdict} and
 * {@code note} columns for the reviewer to fill, and a count per rule of findings and of the
 * sample.
 *
 * <p>The draw depends only on the set of findings, not on their order in the file: a rule's
 * findings are sorted by key, shuffled with {@code java.util.Random(SEED)} (whose sequence the
 * Java specification fixes, so every JVM draws the same), and the first 30 taken.
 *
 * <p>{@code Sample findings-e511696.tsv sample-e511696.tsv counts-e511696.tsv [judged.tsv]}: with a
 * judged sample as fourth argument, a drawn finding whose key that sample judged carries its
 * verdict, and its note starts with {@code [baseline verdict]}, so the reviewer sees it was judged
 * before (and may overrule it).
 */
public final class Sample {
    /** The seed of every draw: 11, the number of the issue that asked for the measurement. */
    public static final long SEED = 11L;
    public static final int PER_RULE = 30;
    public static final List<String> COLUMNS = columns();

    private Sample() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(Finding.COLUMNS);
        columns.add("verdict");
        columns.add("note");
        return List.copyOf(columns);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: Sample <findings.tsv> <sample.tsv> <counts.tsv> [<judged sample.tsv>]");
            System.exit(2);
        }
        List<Finding> findings = Tsv.read(Path.of(args[0])).stream().map(Finding::fromRow).toList();
        Map<String, Map<String, String>> judged = new java.util.HashMap<>();
        if (args.length == 4) {
            for (Map<String, String> row : Tsv.read(Path.of(args[3]))) {
                if (!row.getOrDefault("verdict", "").isBlank()) {
                    judged.put(row.get("key"), row);
                }
            }
        }
        Map<String, List<Finding>> byRule = byRule(findings);
        List<Finding> sample = draw(byRule);
        List<List<String>> rows = new ArrayList<>();
        int carried = 0;
        for (Finding f : sample) {
            List<String> row = new ArrayList<>(f.row());
            Map<String, String> before = judged.get(f.key());
            row.add(before == null ? "" : before.get("verdict"));
            row.add(before == null ? "" : ("[baseline verdict] " + before.getOrDefault("note", "")).strip());
            carried += before == null ? 0 : 1;
            rows.add(row);
        }
        if (args.length == 4) {
            System.out.println(carried + "\tdrawn findings carry their baseline verdict");
        }
        Tsv.write(Path.of(args[1]), COLUMNS, rows);
        List<List<String>> counts = new ArrayList<>();
        Map<String, Integer> sampled = new TreeMap<>();
        sample.forEach(f -> sampled.merge(f.rule(), 1, Integer::sum));
        byRule.forEach((rule, all) -> counts.add(List.of(rule, all.get(0).severity(), Integer.toString(all.size()),
                Integer.toString(sampled.getOrDefault(rule, 0)))));
        counts.add(List.of("all", "", Integer.toString(findings.size()), Integer.toString(sample.size())));
        Tsv.write(Path.of(args[2]), List.of("rule", "severity", "findings", "sample"), counts);
        counts.forEach(c -> System.out.println(String.join("\t", c)));
    }

    private static Map<String, List<Finding>> byRule(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f);
        }
        return byRule;
    }

    /** Every rule's draw, ordered by rule, then contract, then line, so the reviewer reads a rule's findings together. */
    public static List<Finding> draw(Map<String, List<Finding>> byRule) {
        List<Finding> sample = new ArrayList<>();
        for (List<Finding> all : byRule.values()) {
            List<Finding> shuffled = new ArrayList<>(all);
            shuffled.sort(Comparator.comparing(Finding::key));
            if (shuffled.size() > PER_RULE) {
                Collections.shuffle(shuffled, new Random(SEED));
            }
            sample.addAll(shuffled.subList(0, Math.min(PER_RULE, shuffled.size())));
        }
        sample.sort(Comparator.comparing(Finding::rule).thenComparing(Finding::contract).thenComparingInt(Finding::line)
                .thenComparing(Finding::key));
        return sample;
    }
}
