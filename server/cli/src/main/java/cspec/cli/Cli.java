package cspec.cli;

import cspec.core.ExitCodes;
import cspec.files.DiskFiles;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * What every cspec command line shares, whether started by {@code cspec.app.Main} or by a test:
 * a usage error is one line plus a pointer to --help (exit 2), and anything thrown while running
 * is one line on stderr (exit 2), never a stack trace. Arguments are taken literally: no
 * {@code @file} expansion.
 */
public final class Cli {
    private Cli() {
    }

    /** Installs cspec's error handling on a command line and returns it. */
    public static CommandLine configure(CommandLine commandLine) {
        // An argument that starts with @ is a file name, never a file of more arguments: a pull
        // request could otherwise add `@x.cspec` holding `--fail-on=never` and turn CI green.
        return commandLine
                .setExpandAtFiles(false)
                .setExecutionExceptionHandler(Cli::onExecutionException)
                .setParameterExceptionHandler(Cli::onParameterException);
    }

    /**
     * {@code -h, --help} and {@code -V, --version}, as picocli's mixinStandardHelpOptions makes
     * them, for a command whose model is built without annotations (that mixin is read from
     * annotations, by reflection).
     */
    public static void addStandardHelpOptions(CommandLine.Model.CommandSpec command) {
        command.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        command.addOption(CommandLine.Model.OptionSpec.builder("-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
    }

    private static int onExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UsageException) {
            err.println("cspec: " + e.getMessage());
        } else {
            err.println("cspec: internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + "); please report this.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int onParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        String hint = fileLikeOptionHint(e, command);
        String problem = e instanceof CommandLine.UnmatchedArgumentException unmatched && hint.isEmpty()
                ? DidYouMean.message(unmatched).orElse(firstLine(e.getMessage())) : firstLine(e.getMessage());
        err.println("cspec: " + problem + hint + " (see `" + command + " --help`)");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** An "unknown option" that looks like a file name gets the way to name it. */
    private static String fileLikeOptionHint(CommandLine.ParameterException e, String command) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            for (String arg : unmatched.getUnmatched()) {
                if (arg.startsWith("-") && (arg.endsWith(SpecFinder.EXTENSION) || existsAsFile(arg))) {
                    return "; to name a file that starts with -, put -- before it: `" + command + " -- " + arg + "`";
                }
            }
        }
        return "";
    }

    private static boolean existsAsFile(String arg) {
        try {
            return new DiskFiles().exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
