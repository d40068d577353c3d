package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `cspec lint --statistics`: how many findings each rule raised, most first, instead of the
 * findings themselves, for seeing where a set of contracts stands before fixing anything.
 */
public final class Statistics implements Reporter {
    @Override
    public FileSink open(Path base, PrintWriter out) {
        Map<Rule, Integer> counts = new LinkedHashMap<>();
        Map<Rule, String> severities = new LinkedHashMap<>();
        return new FileSink() {
            @Override
            public void add(FileReport file) {
                for (Diagnostic d : file.diagnostics()) {
                    counts.merge(d.rule(), 1, Integer::sum);
                    severities.putIfAbsent(d.rule(), d.severity().label());
                }
            }

            @Override
            public void close(Tally tally) {
                print(counts, severities, out);
            }
        };
    }

    private static void print(Map<Rule, Integer> counts, Map<Rule, String> severities, PrintWriter out) {
        List<Map.Entry<Rule, Integer>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Comparator.<Map.Entry<Rule, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().id()));
        int width = rows.stream().mapToInt(e -> e.getKey().id().length()).max().orElse(0);
        for (Map.Entry<Rule, Integer> row : rows) {
            Rule rule = row.getKey();
            out.printf(Locale.ROOT, "%5d  %-" + width + "s  %-11s  %s%n", row.getValue(), rule.id(),
                    severities.get(rule), rule.summary());
        }
        out.flush();
    }
}
