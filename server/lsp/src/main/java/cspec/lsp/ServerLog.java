package cspec.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/** Messages to the editor's log (window/logMessage): the server never writes logs to stdout. */
final class ServerLog {
    private ServerLog() {
    }

    static void error(LanguageClient client, String what, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String text = "cspec: " + what + " failed: " + e + "\n" + trace;
        if (client != null) {
            client.logMessage(new MessageParams(MessageType.Error, text));
        } else {
            System.err.println(text);
        }
    }

    /** Something the client sent could not be used; the server went on without it. */
    static void warning(LanguageClient client, String text) {
        if (client != null) {
            client.logMessage(new MessageParams(MessageType.Warning, "cspec: " + text));
        } else {
            System.err.println("cspec: " + text);
        }
    }

    static void info(LanguageClient client, String text) {
        if (client != null) {
            client.logMessage(new MessageParams(MessageType.Info, "cspec: " + text));
        }
    }
}
