package cspec.cli;

import cspec.cli.report.Choices;
import cspec.core.diagnostic.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/** The values of {@code lint --fail-on}: the least severe finding that makes lint exit 1. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFORMATION(Severity.INFORMATION), HINT(Severity.HINT), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The threshold, or empty for never. */
    public Optional<Severity> threshold() {
        return Optional.ofNullable(threshold);
    }

    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** Parses the lower-case words people type, and names them in the error. */
    public static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("unknown level '" + value + "': use "
                    + Choices.either(Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
