package cspec.cli.report;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The values of {@code lint --format}. */
public enum ReportFormat {
    TEXT(TextReporter::new),
    JSON(JsonReporter::new),
    SARIF(SarifReporter::new),
    GITHUB(GithubReporter::new),
    GITLAB(GitlabReporter::new);

    private final Supplier<Reporter> reporter;

    ReportFormat(Supplier<Reporter> reporter) {
        this.reporter = reporter;
    }

    public Reporter reporter() {
        return reporter.get();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every format's name, in order, as the option takes them. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportFormat::label).toList();
    }

    /** The names for help text ({@code ${COMPLETION-CANDIDATES}}), from the enum alone. */
    public static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return labels().iterator();
        }
    }

    /** Parses the option's word, so help and errors show the lower-case names people type. */
    public static final class Converter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat f : values()) {
                if (f.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "unknown format '" + value + "': use " + Choices.either(labels()));
        }
    }
}
