package cspec.cli.report;

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
                    "unknown format '" + value + "': use text, json, sarif, github or gitlab");
        }
    }
}
