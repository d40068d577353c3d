package cspec.core.state;

import cspec.core.Cancellation;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One stage of the analysis of open documents (the parse, or the whole analysis), one value per
 * document, keyed by its version and the generation of the files it read. The first to ask for a
 * version computes it and everyone else who asks meanwhile waits for that one result (the
 * diagnostics and a request asked right after an edit share it). The computation stops when its
 * version goes stale.
 */
final class ByVersion<T> {
    /** How often a waiter looks at its own cancellation. */
    private static final long POLL_MILLIS = 5;

    private static final class Slot<T> {
        final Document document;
        final long generation;
        final AtomicBoolean claimed = new AtomicBoolean();
        final CompletableFuture<T> done = new CompletableFuture<>();

        Slot(Document document, long generation) {
            this.document = document;
            this.generation = generation;
        }

        boolean serves(Document wanted, long wantedGeneration) {
            return document == wanted && generation == wantedGeneration && !done.isCompletedExceptionally();
        }
    }

    private final Map<String, Slot<T>> slots = new ConcurrentHashMap<>();

    /**
     * The value for exactly this document at this generation: remembered, being computed by
     * another thread (then awaited), or computed here with stale as its cancellation. Empty when
     * the version went stale first; throws {@link Cancellation.Cancelled} when cancel says so.
     */
    Optional<T> of(Document document, long generation, Cancellation stale, Cancellation cancel,
            Function<Cancellation, T> compute) {
        Slot<T> slot = slots.compute(document.uri(),
                (uri, old) -> old != null && old.serves(document, generation) ? old : new Slot<>(document, generation));
        if (slot.claimed.compareAndSet(false, true)) {
            try {
                slot.done.complete(compute.apply(stale));
            } catch (Cancellation.Cancelled e) {
                slot.done.cancel(false);
                slots.remove(document.uri(), slot);
            } catch (RuntimeException | Error e) {
                slot.done.completeExceptionally(e);
                slots.remove(document.uri(), slot);
                throw e;
            }
        }
        return await(slot, cancel);
    }

    /** The value for this document and generation if it is already there, without waiting or computing. */
    Optional<T> ready(Document document, long generation) {
        Slot<T> slot = slots.get(document.uri());
        if (slot == null || !slot.serves(document, generation) || !slot.done.isDone() || slot.done.isCancelled()) {
            return Optional.empty();
        }
        return Optional.of(slot.done.join());
    }

    private static <T> Optional<T> await(Slot<T> slot, Cancellation cancel) {
        while (true) {
            cancel.check();
            try {
                return Optional.of(slot.done.get(POLL_MILLIS, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                continue;
            } catch (CancellationException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancellation.Cancelled();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    void forget(String uri) {
        slots.remove(uri);
    }
}
