package cspec.cli;

import cspec.core.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The one-line message for a mistyped command or option: `cspec lnit` says "unknown command
 * `lnit`; did you mean `lint`?", `cspec lint --formt` says the same about `--format`.
 */
final class DidYouMean {
    private DidYouMean() {
    }

    /** The message for an unmatched argument, or empty when the argument is not a mistyped name. */
    static Optional<String> message(CommandLine.UnmatchedArgumentException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        for (String arg : e.getUnmatched()) {
            if (arg.startsWith("--") || (arg.startsWith("-") && arg.length() == 2)) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                return Optional.of("unknown option `" + name + "`" + suggestion(name, optionNames(spec)));
            }
            if (!spec.subcommands().isEmpty() && e.getUnmatched().indexOf(arg) == 0 && spec.positionalParameters().isEmpty()) {
                return Optional.of("unknown command `" + arg + "`" + suggestion(arg, new ArrayList<>(spec.subcommands().keySet())));
            }
        }
        return Optional.empty();
    }

    private static String suggestion(String typed, List<String> known) {
        return Similarity.closest(typed, known).map(s -> "; did you mean `" + s + "`?").orElse("");
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }
}
