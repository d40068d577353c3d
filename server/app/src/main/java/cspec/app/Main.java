package cspec.app;

import cspec.cli.Cli;
import cspec.cli.FormatCommand;
import cspec.cli.LintCommand;
import cspec.cli.RulesCommand;
import cspec.cli.VersionProvider;
import cspec.core.ExitCodes;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cspec}: the linter, formatter and language server for .cspec contract specifications. */
@Command(name = "cspec", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint, format and serve .cspec contract specifications (SOC and MSSP service contracts).")
public final class Main implements Callable<Integer> {
    /** Every subcommand, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            LintCommand.class,
            FormatCommand.class,
            RulesCommand.class,
            cspec.cli.NewCommand.class,
            cspec.cli.BuiltinsCommand.class,
            cspec.app.procurement.ImportCommand.class,
            cspec.app.procurement.RenderCommand.class,
            cspec.app.procurement.MatrixCommand.class,
            cspec.app.procurement.ScoreCommand.class,
            cspec.app.procurement.DiffCommand.class,
            cspec.lsp.ServerCommand.class,
            CommandLine.HelpCommand.class);

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

    /** The command line with every subcommand, configured as cspec runs it (tests call this with their own writers). */
    public static CommandLine commandLine() {
        return commandLineFor(new String[0]);
    }

    /**
     * The command line for these arguments. picocli builds a model of every subcommand it is
     * given, by reflection, before it parses anything; when the first argument names a
     * subcommand, only that one is built, which keeps a cold {@code cspec lint} from paying for
     * all the others. Anything else (help, a typo, no subcommand) gets them all.
     */
    static CommandLine commandLineFor(String[] args) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory());
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> nameOf(c).equals(first) && !first.equals("help")).toList();
        for (Class<?> subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
            commandLine.addSubcommand(nameOf(subcommand), subcommand);
        }
        return Cli.configure(commandLine);
    }

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    /**
     * Makes the subcommands; the server gets the procurement commands for the editor. They are
     * created only when the server starts, so no other command loads the procurement module.
     */
    private static final class Factory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> kind) throws Exception {
            if (kind == cspec.lsp.ServerCommand.class) {
                return kind.cast(new cspec.lsp.ServerCommand(() -> EditorCommands.create()));
            }
            return CommandLine.defaultFactory().create(kind);
        }
    }

    /**
     * lint's first analysis needs the grammar's tables, the checks and their word lists loaded: a
     * second core loads them while this one parses the command line and reads the file
     * (docs/benchmarks.md has what it saves). A daemon, so it never delays the exit.
     */
    private static void startWarmUp() {
        Thread warmUp = new Thread(cspec.core.WarmUp::run, "cspec-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("lint") && Runtime.getRuntime().availableProcessors() > 1) {
            startWarmUp();
        }
        CommandLine commandLine = commandLineFor(args)
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
