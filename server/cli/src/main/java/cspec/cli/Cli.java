package cspec.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * What every cspec command line shares, whether started by {@code cspec.app.Main} or by a test:
 * a usage error is one line plus a pointer to --help (exit 2), and anything thrown while running
 * is one line on stderr (exit 2), never a stack trace.
 */
public final class Cli {
    private Cli() {
    }

    /** Installs cspec's error handling on a command line and returns it. */
    public static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setExecutionExceptionHandler(Cli::onExecutionException)
                .setParameterExceptionHandler(Cli::onParameterException);
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
        err.println("cspec: " + firstLine(e.getMessage()) + " (see `" + commandLine.getCommandSpec().qualifiedName()
                + " --help`)");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
