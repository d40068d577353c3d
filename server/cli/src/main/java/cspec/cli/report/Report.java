package cspec.cli.report;

import cspec.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one lint run found, file by file in the order they were linted, held whole: for
 * tests and small runs. {@code cspec lint} itself streams its files through
 * {@link Reporter#open} and holds none of them.
 *
 * @param base the folder the files' relative paths start from (the current directory)
 */
public record Report(Path base, List<FileReport> files) {
    public Report {
        files = List.copyOf(files);
    }

    public Tally tally() {
        Tally tally = new Tally();
        files.forEach(tally::add);
        return tally;
    }

    /** How many findings there are at each severity (suppressed ones aside). */
    public Map<Severity, Integer> counts() {
        return tally().counts();
    }

    /** "3 errors, 2 warnings in 4 files", or "No problems in 4 files". */
    public String summary() {
        return tally().summary();
    }
}
