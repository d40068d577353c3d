package cspec.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on every core and hands the results on in the items' order, with only a few in
 * flight: a batch run holds a window of files, never all of them, and its output order is the
 * order of the files whatever thread finished first.
 */
final class InOrder {
    /** Results waiting per thread: enough to keep every core busy while one slow file is awaited. */
    private static final int WINDOW_PER_THREAD = 4;

    private InOrder() {
    }

    /** Runs work over items on threads threads (1: on this thread), giving each result to sink in order. */
    static <T, R> void map(List<T> items, int threads, Function<T, R> work, Consumer<R> sink) {
        if (threads <= 1 || items.size() <= 1) {
            items.forEach(item -> sink.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cspec-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < items.size() || !inFlight.isEmpty()) {
                while (next < items.size() && inFlight.size() < threads * WINDOW_PER_THREAD) {
                    T item = items.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
