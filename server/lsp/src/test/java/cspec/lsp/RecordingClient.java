package cspec.lsp;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends, and answers workspace/configuration. */
final class RecordingClient implements LanguageClient {
    final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
    final List<MessageParams> logged = new CopyOnWriteArrayList<>();
    /** What window/showMessage put in front of the user (also in logged, as before). */
    final List<MessageParams> shown = new CopyOnWriteArrayList<>();
    volatile JsonObject settings = new JsonObject();

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        synchronized (this) {
            published.add(diagnostics);
            notifyAll();
        }
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        shown.add(messageParams);
        logged.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logged.add(message);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> out = new ArrayList<>();
        params.getItems().forEach(i -> out.add(settings));
        return CompletableFuture.completedFuture(out);
    }

    /** Waits for a publication for the uri matching the test, after the given count of publications. */
    synchronized PublishDiagnosticsParams awaitDiagnostics(String uri, java.util.function.Predicate<PublishDiagnosticsParams> test,
            long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            for (int i = published.size() - 1; i >= 0; i--) {
                PublishDiagnosticsParams p = published.get(i);
                if (p.getUri().equals(uri)) {
                    if (test.test(p)) {
                        return p;
                    }
                    break;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching diagnostics for " + uri + " within " + timeoutMillis + " ms; got " + published);
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    List<PublishDiagnosticsParams> publishedFor(String uri) {
        return published.stream().filter(p -> p.getUri().equals(uri)).toList();
    }
}
