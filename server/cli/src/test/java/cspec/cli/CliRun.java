package cspec.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs cspec subcommands in-process, in a given current directory, capturing both streams. */
record CliRun(int code, String out, String err) {

    @Command(name = "cspec")
    static final class Top implements Runnable {
        @Override
        public void run() {
        }
    }

    static CliRun in(Path cwd, String... args) {
        CommandLine commandLine = Cli.configure(new CommandLine(new Top()))
                .addSubcommand("lint", new LintCommand(cwd).commandSpec())
                .addSubcommand("format", new FormatCommand(cwd))
                .addSubcommand("rules", new RulesCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
