package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one lint run found, file by file in the order they were linted.
 *
 * @param base the folder the files' relative paths start from (the current directory)
 */
public record Report(Path base, List<FileReport> files) {
    public Report {
        files = List.copyOf(files);
    }

    /** How many findings there are at each severity (suppressed ones aside). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (FileReport file : files) {
            for (Diagnostic d : file.diagnostics()) {
                counts.merge(d.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** "3 errors, 2 warnings in 4 files", or "No problems in 4 files". */
    public String summary() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Severity, Integer> e : counts().entrySet()) {
            if (e.getValue() > 0) {
                out.append(out.length() == 0 ? "" : ", ").append(plural(e.getValue(), e.getKey().label()));
            }
        }
        String where = " in " + plural(files.size(), "file");
        return out.length() == 0 ? "No problems" + where : out + where;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.equals("information") ? "" : "s");
    }
}
