package cspec.lsp;

import cspec.core.Cancellation;
import cspec.core.state.Analysis;
import cspec.core.state.Document;
import cspec.core.state.WorkspaceState;
import cspec.core.text.SourceText;
import cspec.core.workspace.FileSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Live diagnostics: each change (re)starts a per-document timer (the debounce); when it fires,
 * the document's current version is published if it is still the latest. Its analysis starts at
 * once, on a thread of its own, rather than when the timer fires: a newer edit cancels it (the
 * state's analyses stop when their version goes stale), and when the user pauses, the findings
 * are usually ready as the debounce ends. Publication still waits for the pause, so findings do
 * not flicker while the user types. Closing a document cancels its timer and clears its diagnostics.
 */
final class DiagnosticsPublisher {
    private final WorkspaceState state;
    private final Supplier<LanguageClient> client;
    private final IntSupplier debounceMillis;
    private final Supplier<String> docsBase;
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cspec-publish");
        t.setDaemon(true);
        return t;
    });
    /** Analyses started ahead of the debounce; one at a time, each stopped by the next edit. */
    private final java.util.concurrent.ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cspec-analysis");
        t.setDaemon(true);
        return t;
    });

    /** Analyses and publications queued or running (the debounce's wait is not work). */
    private final AtomicInteger working = new AtomicInteger();

    DiagnosticsPublisher(WorkspaceState state, Supplier<LanguageClient> client, IntSupplier debounceMillis,
            Supplier<String> docsBase) {
        this.state = state;
        this.client = client;
        this.debounceMillis = debounceMillis;
        this.docsBase = docsBase;
    }

    /** Analyse the document now and publish after the debounce delay, replacing any earlier pending run. */
    void schedule(String uri) {
        state.document(uri).ifPresent(document -> working(ahead, () -> analyseAhead(document)));
        ScheduledFuture<?> next = timer.schedule(() -> working(Runnable::run, () -> publish(uri)),
                debounceMillis.getAsInt(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(uri, next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Whether no analysis or publication is queued or running. */
    boolean idle() {
        return working.get() == 0;
    }

    /** Runs the task on the executor, counted as work from now until it ends. */
    private void working(Executor executor, Runnable task) {
        working.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    working.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            working.decrementAndGet(); // shut down: nothing will run
        }
    }

    /** Re-check every open document except one (a library or profile others may depend on changed). */
    void scheduleAllExcept(String uri) {
        for (Document d : state.documents()) {
            if (!d.uri().equals(uri)) {
                schedule(d.uri());
            }
        }
    }

    void clear(String uri) {
        ScheduledFuture<?> previous = pending.remove(uri);
        if (previous != null) {
            previous.cancel(false);
        }
        timer.execute(() -> client.get().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
    }

    void shutdown() {
        timer.shutdownNow();
        ahead.shutdownNow();
    }

    /** Starts the analysis of a version unless a newer one has already arrived; a failure is the publisher's to report. */
    private void analyseAhead(Document document) {
        if (state.document(document.uri()).orElse(null) != document) {
            return;
        }
        try {
            state.analysisOf(document, Cancellation.NEVER);
        } catch (RuntimeException | StackOverflowError e) {
            // Reported when the publisher asks for the same version.
        }
    }

    /** Another file named by a related location, read as the editor sees it. */
    private static Optional<SourceText> otherFile(FileSource files, String name) {
        try {
            Path path = Path.of(name);
            return files.read(path).map(text -> new SourceText(path.toString(), text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void publish(String uri) {
        Optional<Document> document = state.document(uri);
        LanguageClient c = client.get();
        if (document.isEmpty() || c == null) {
            return;
        }
        try {
            // Empty when a newer version overtook this one: its own timer publishes it.
            Optional<Analysis> analysed = state.analysisOf(document.get(), Cancellation.NEVER);
            if (analysed.isEmpty() || state.document(uri).orElse(null) != document.get()) {
                return;
            }
            List<Diagnostic> out = new ArrayList<>();
            for (cspec.core.diagnostic.Diagnostic d : analysed.get().result().diagnostics()) {
                out.add(Convert.diagnostic(document.get().text(), uri, d, docsBase.get(),
                        name -> otherFile(analysed.get().workspace().files(), name)));
            }
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, out, document.get().version()));
        } catch (RuntimeException | StackOverflowError e) {
            ServerLog.error(c, "diagnostics for " + uri, e);
        }
    }
}
