package cspec.lsp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * How every request runs: off the reader thread on the feature pool, cancellable through
 * {@code $/cancelRequest} (the work checks the cancel checker between steps), and with its own
 * failure handling: an exception is logged to the client and answers only this request with an
 * error, never stopping the server.
 */
final class Requests {
    private final Supplier<LanguageClient> client;
    private final Supplier<String> trace;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "cspec-feature");
        t.setDaemon(true);
        return t;
    });

    /** Requests received and not yet answered (or cancelled): while any is, the server is not idle. */
    private final AtomicInteger inFlight = new AtomicInteger();

    Requests(Supplier<LanguageClient> client) {
        this(client, () -> "off");
    }

    /** trace is the cspec.trace setting: with messages or verbose, each request's time is logged. */
    Requests(Supplier<LanguageClient> client, Supplier<String> trace) {
        this.client = client;
        this.trace = trace;
    }

    /** Whether no request is waiting or running. */
    boolean idle() {
        return inFlight.get() == 0;
    }

    <T> CompletableFuture<T> run(String feature, Function<CancelChecker, T> work) {
        inFlight.incrementAndGet();
        CompletableFuture<T> answer = CompletableFutures.computeAsync(pool, cancel -> {
            long start = System.nanoTime();
            try {
                cancel.checkCanceled();
                T result = work.apply(cancel);
                if (!"off".equals(trace.get())) {
                    ServerLog.info(client.get(), feature + " answered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
                return result;
            } catch (CancellationException | ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                ServerLog.error(client.get(), feature, e);
                // The exception's text is for the log; the editor shows the answer to the user.
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        "cspec could not answer " + feature + " because of an internal error; the editor's log has the details.",
                        null));
            }
        });
        // Answered, failed or cancelled alike (a cancelled request may never start).
        answer.whenComplete((result, failure) -> inFlight.decrementAndGet());
        return answer;
    }

    /** A refusal the user should read (rename to a taken name): an error answer, not a crash. */
    static ResponseErrorException refused(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
    }

    void shutdown() {
        pool.shutdownNow();
    }
}
