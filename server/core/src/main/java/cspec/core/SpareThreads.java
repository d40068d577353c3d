package cspec.core;

import java.util.concurrent.Executor;

/**
 * Threads an analysis may borrow to run the checks of one file side by side: count tasks at most
 * are given to the executor at once. The command line lends its idle cores when it lints fewer
 * files than it has; the language server and a batch of many files lend none.
 */
public record SpareThreads(Executor executor, int count) {
    public static final SpareThreads NONE = new SpareThreads(Runnable::run, 0);

    public SpareThreads {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
