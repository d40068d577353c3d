package cspec.app.procurement;

import cspec.core.ExitCodes;
import cspec.procurement.InputProblem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a procurement command's work: a problem with the user's input is one line on stderr and exit 2. */
final class Run {
    private Run() {
    }

    static int guarded(CommandSpec spec, Callable<Integer> work) throws Exception {
        try {
            return work.call();
        } catch (InputProblem e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("cspec " + spec.name() + ": " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** How a path the user typed is shown back to them: as typed. */
    static String shown(java.nio.file.Path path) {
        return path.toString();
    }
}
