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
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cspec}: the linter, formatter and language server for .cspec contract specifications.
 * The root's and lint's command-line models are built directly, the others' read from their
 * annotations (docs/benchmarks.md, issue 13 round 4: the reflection was a sixth of a cold lint's
 * main thread).
 */
public final class Main implements Callable<Integer> {
    /** A subcommand: its name, and what picocli builds it from (an annotated class or a model). */
    private record Subcommand(String name, Supplier<Object> command) {
    }

    /** Every subcommand, in the order help lists them, under the name its annotation or model gives it. */
    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("lint", () -> new LintCommand().commandSpec()),
            new Subcommand("format", () -> FormatCommand.class),
            new Subcommand("rules", () -> RulesCommand.class),
            new Subcommand("new", () -> cspec.cli.NewCommand.class),
            new Subcommand("builtins", () -> cspec.cli.BuiltinsCommand.class),
            new Subcommand("import", () -> cspec.app.procurement.ImportCommand.class),
            new Subcommand("render", () -> cspec.app.procurement.RenderCommand.class),
            new Subcommand("matrix", () -> cspec.app.procurement.MatrixCommand.class),
            new Subcommand("score", () -> cspec.app.procurement.ScoreCommand.class),
            new Subcommand("diff", () -> cspec.app.procurement.DiffCommand.class),
            new Subcommand("server", () -> cspec.lsp.ServerCommand.class),
            new Subcommand("help", () -> CommandLine.HelpCommand.class));

    private CommandSpec spec;

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
     * given before it parses anything; when the first argument names a subcommand, only that one
     * is built, which keeps a cold {@code cspec lint} from paying for all the others. Anything
     * else (help, a typo, no subcommand) gets them all.
     */
    static CommandLine commandLineFor(String[] args) {
        Main main = new Main();
        Factory factory = new Factory();
        main.spec = CommandSpec.wrapWithoutInspection(main, factory).name("cspec").versionProvider(new VersionProvider());
        main.spec.usageMessage().description(
                "Lint, format and serve .cspec contract specifications (SOC and MSSP service contracts).");
        Cli.addStandardHelpOptions(main.spec);
        CommandLine commandLine = new CommandLine(main.spec, factory);
        String first = args.length > 0 ? args[0] : "";
        List<Subcommand> named = SUBCOMMANDS.stream().filter(c -> c.name().equals(first) && !first.equals("help")).toList();
        for (Subcommand subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
            commandLine.addSubcommand(subcommand.name(), subcommand.command().get());
        }
        return Cli.configure(commandLine);
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
