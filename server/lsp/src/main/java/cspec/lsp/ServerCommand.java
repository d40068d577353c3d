package cspec.lsp;

import cspec.core.ExitCodes;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;

/**
 * {@code cspec server}: the language server on standard input and output. Standard output is
 * the protocol channel only; anything else that tries to print there is sent to standard error.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the cspec language server (LSP 3.17) on standard input and output.")
public final class ServerCommand implements Callable<Integer> {
    private final Supplier<ExtraCommands> extraCommands;

    public ServerCommand() {
        this(() -> ExtraCommands.NONE);
    }

    /** The server with a shell's extra commands, made only when the server starts. */
    public ServerCommand(Supplier<ExtraCommands> extraCommands) {
        this.extraCommands = extraCommands;
    }

    @Override
    public Integer call() {
        InputStream in = System.in;
        OutputStream out = System.out;
        System.setOut(new PrintStream(System.err, true));
        return serve(in, out, extraCommands.get());
    }

    /** Runs the server without the cspec top command (java -cp cspec.jar cspec.lsp.ServerCommand). */
    public static void main(String[] args) {
        System.exit(new ServerCommand().call());
    }

    /** Serves one client until it exits; returns 0 after shutdown then exit, 1 otherwise. */
    public static int serve(InputStream in, OutputStream out) {
        return serve(in, out, ExtraCommands.NONE);
    }

    /** The same, with a shell's extra commands. */
    public static int serve(InputStream in, OutputStream out, ExtraCommands extra) {
        int[] code = {ExitCodes.SERVER_EXIT_WITHOUT_SHUTDOWN};
        Thread main = Thread.currentThread();
        CspecLanguageServer server = new CspecLanguageServer(exitCode -> {
            code[0] = exitCode;
            main.interrupt();
        }, extra);
        Launcher<LanguageClient> launcher = ServerConnection.connect(server, in, out, null);
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (InterruptedException e) {
            return code[0];
        } catch (ExecutionException e) {
            return code[0];
        }
        return code[0];
    }
}
