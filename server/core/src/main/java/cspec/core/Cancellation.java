package cspec.core;

/**
 * Whether the work an analysis is doing is still wanted: the server passes one that turns true
 * when a newer edit arrives or the editor cancels the request, so a stale analysis stops at the
 * next step instead of running to its end. The command line passes {@link #NEVER}.
 */
@FunctionalInterface
public interface Cancellation {
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Stops the work here when it is no longer wanted. */
    default void check() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /** Either of two reasons to stop. */
    default Cancellation or(Cancellation other) {
        return () -> isCancelled() || other.isCancelled();
    }

    /** Thrown where a cancelled analysis stops; never a finding, never logged as a failure. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("the analysis was cancelled", null, false, false);
        }
    }
}
