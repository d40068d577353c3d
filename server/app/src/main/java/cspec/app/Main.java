package cspec.app;

import cspec.cli.Cli;
import cspec.cli.FormatCommand;
import cspec.cli.LintCommand;
import cspec.cli.RulesCommand;
import cspec.cli.VersionProvider;
import cspec.core.ExitCodes;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cspec}: the linter, formatter and language server for .cspec contract specifications. */
@Command(name = "cspec", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint, format and serve .cspec contract specifications (SOC and MSSP service contracts).",
        subcommands = {
            LintCommand.class,
            FormatCommand.class,
            RulesCommand.class,
            cspec.cli.NewCommand.class,
            cspec.cli.BuiltinsCommand.class,
            cspec.lsp.ServerCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The command line, configured as cspec runs it (tests call this with their own writers). */
    public static CommandLine commandLine() {
        return Cli.configure(new CommandLine(new Main()));
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine()
                .setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            System.err.println("cspec: internal error (" + e.getClass().getSimpleName() + "); please report this.");
            code = ExitCodes.USAGE;
        }
        System.exit(code);
    }
}
