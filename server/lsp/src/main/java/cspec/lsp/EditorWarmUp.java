package cspec.lsp;

import cspec.core.Cancellation;
import cspec.core.state.WorkspaceState;
import cspec.core.workspace.FileSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Runs the editor's path once the server starts, on a spare core, so the user's first edits do
 * not pay for it: a small built-in contract, in a workspace state of its own that reads no file,
 * is typed into a few times with completion and hover asked after each edit, and every answer is
 * turned into JSON by the connection's own handler and dropped. What this loads and compiles (the
 * re-parse, the names, the providers, LSP4J's type adapters) is what the first rounds after
 * opening a document otherwise wait for (docs/benchmarks.md, issue 13 round 4). It runs no check:
 * the first document's analysis loads those itself.
 *
 * <p>It takes only time the server would leave idle: before each step (an edit, an answer) it
 * waits while any request, analysis or publication is queued or running, so it never competes
 * with the first document's analysis (run beside it, it made the first diagnostics later) nor
 * with a request. With an editor that opens a document at once, it runs in the pauses after the
 * first edits. Nothing of it reaches the client; it gives up after a minute without a pause, and
 * stops at shutdown.
 */
final class EditorWarmUp {
    static final String URI = "untitled:cspec-warm-up.cspec";
    /** Edits typed into the built-in contract: enough for the compilers to take the editor's path. */
    static final int ROUNDS = 24;
    private static final int SECTIONS = 8;

    /** Longer than this without the server idle and the warm-up is no longer worth its thread. */
    private static final long GIVE_UP_NANOS = 60_000_000_000L;
    private static final long POLL_NANOS = 2_000_000;

    private final Consumer<Message> serializer;
    private final BooleanSupplier serverIdle;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Thread thread;
    /** Rounds finished, for the tests. */
    private volatile int roundsDone;

    /**
     * serializer turns a message into JSON as the connection would, and sends nothing; serverIdle
     * says whether the server has no real work queued or running.
     */
    EditorWarmUp(Consumer<Message> serializer, BooleanSupplier serverIdle) {
        this.serializer = serializer;
        this.serverIdle = serverIdle;
    }

    /** Starts on a thread of its own, only where a second core can take it. */
    void start() {
        if (Runtime.getRuntime().availableProcessors() < 2 || stopped.get()) {
            return;
        }
        Thread t = new Thread(this::run, "cspec-warm-up");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** The warm-up ends at its next step (it never holds anything the real work needs). */
    void stop() {
        stopped.set(true);
    }

    boolean stopped() {
        return stopped.get();
    }

    int roundsDone() {
        return roundsDone;
    }

    /** Waits for the warm-up's thread to end, for the tests. */
    void join(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join(millis);
        }
    }

    void run() {
        try {
            warmUp();
        } catch (Cancellation.Cancelled | OpenDocument.OutOfStep e) {
            // Stopped (shutdown, or no pause for a minute): nothing to undo, the state is its own.
        } catch (RuntimeException | StackOverflowError e) {
            // Nothing to report: the real requests meet and report any failure themselves.
        }
    }

    private void warmUp() throws OpenDocument.OutOfStep {
        long start = System.nanoTime();
        Cancellation cancel = () -> {
            while (!serverIdle.getAsBoolean() && !stopped.get()) {
                if (System.nanoTime() - start > GIVE_UP_NANOS) {
                    stopped.set(true);
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
            return stopped.get();
        };
        WorkspaceState state = new WorkspaceState(FileSource.none());
        String text = contract();
        state.open(URI, null, 1, text);
        OpenDocument document = OpenDocument.of(state.document(URI).orElseThrow());
        int typedLine = lineOf(text, "    must W-3-1:");
        int referenceLine = typedLine + 1;
        Position reference = new Position(referenceLine, text.lines().skip(referenceLine).findFirst().orElseThrow().indexOf('[') + 1);
        Position cited = new Position(reference.getLine(), reference.getCharacter() + 2);
        int sectionLine = lineOf(text, "    should W-3-2:");
        int idLine = lineOf(text, "    must W-5-1:");
        for (int round = 0; round < ROUNDS; round++) {
            cancel.check();
            // Typing then deleting a letter in a requirement's prose: the edit the re-parse serves.
            Position at = new Position(typedLine, 40);
            Range range = round % 2 == 0 ? new Range(at, at) : new Range(at, new Position(typedLine, 41));
            document = document.changed(document.version() + 1,
                    List.of(new TextDocumentContentChangeEvent(range, round % 2 == 0 ? "x" : "")));
            state.change(URI, document.version(), document.text());
            Position lineStart = new Position(sectionLine, 4);
            Position id = new Position(idLine, 11);
            boolean snippets = round % 4 == 0;
            cancel.check();
            respondNowhere(state.answerFromNames(URI, cancel, a -> CompletionProvider.complete(a, lineStart, snippets)));
            cancel.check();
            respondNowhere(state.answerFromNames(URI, cancel, a -> CompletionProvider.complete(a, reference, false)));
            cancel.check();
            respondNowhere(state.answerFromNames(URI, cancel, a -> HoverProvider.hover(a, id)));
            cancel.check();
            respondNowhere(state.answerFromNames(URI, cancel, a -> HoverProvider.hover(a, cited)));
            roundsDone = round + 1;
        }
    }

    private void respondNowhere(Optional<?> answer) {
        ResponseMessage response = new ResponseMessage();
        response.setId("cspec-warm-up");
        response.setResult(answer.orElse(null));
        serializer.accept(response);
    }

    private static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    /**
     * A contract of a few sections, each with requirements citing one another, an SLA and a
     * finding or two (a vague word, a reference to no requirement), so every part of the path runs.
     */
    static String contract() {
        StringBuilder b = new StringBuilder("""
                contract "Warm-up" {
                    client "Example Client"
                    provider "Example Provider" as "Provider"
                    effective 2027-01-01
                }

                definitions {
                    "Incident" means an event that may harm the data the Client gives the Provider.
                }

                """);
        for (int s = 1; s <= SECTIONS; s++) {
            b.append("section s").append(s).append(" \"Section ").append(s).append("\" {\n")
                    .append("    must W-").append(s).append("-1: The Provider must report each Incident\n")
                    .append("        to the Client within 4 hours [W-").append(s).append("-2].\n")
                    .append("    should W-").append(s).append("-2: The Provider should review the rules promptly [W-")
                    .append(s).append("-9].\n")
                    .append("    sla levels").append(s).append(" \"Levels\" {\n        measured monthly\n")
                    .append("        severity P1 \"Critical\" response within 15 minutes resolution within 4 hours\n")
                    .append("        availability 99.9%\n    }\n}\n\n");
        }
        return b.toString();
    }
}
