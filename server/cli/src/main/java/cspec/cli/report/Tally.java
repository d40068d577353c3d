package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a report counts while its files stream past: files, and findings at each severity
 * (suppressed ones aside). A batch run keeps this and nothing else of the files it has written.
 */
public final class Tally {
    private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    private int files;

    public Tally() {
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
    }

    /** Counts one file's findings. */
    public void add(FileReport file) {
        files++;
        for (Diagnostic d : file.diagnostics()) {
            counts.merge(d.severity(), 1, Integer::sum);
        }
    }

    public int files() {
        return files;
    }

    /** How many findings there are at each severity, every severity listed. */
    public Map<Severity, Integer> counts() {
        return new EnumMap<>(counts);
    }

    /** "3 errors, 2 warnings in 4 files", or "No problems in 4 files". */
    public String summary() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Severity, Integer> e : counts.entrySet()) {
            if (e.getValue() > 0) {
                out.append(out.length() == 0 ? "" : ", ").append(plural(e.getValue(), e.getKey().label()));
            }
        }
        String where = " in " + plural(files, "file");
        return out.length() == 0 ? "No problems" + where : out + where;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.equals("information") ? "" : "s");
    }
}
