package cspec.cli;

import cspec.core.SpareThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cores a run leaves idle when it lints fewer files at once than the machine has: one pool of
 * threads, shared out evenly between the files in flight, so a single large contract is checked
 * on both cores of a laptop while a batch, which fills every core with files, gets none.
 */
final class SpareCores implements AutoCloseable {
    private final ExecutorService pool;
    private final SpareThreads perFile;

    private SpareCores(ExecutorService pool, SpareThreads perFile) {
        this.pool = pool;
        this.perFile = perFile;
    }

    /** idle cores shared between filesAtOnce files; none when each file would get less than a whole core. */
    static SpareCores of(int idle, int filesAtOnce) {
        int each = filesAtOnce <= 0 ? 0 : idle / filesAtOnce;
        if (each <= 0) {
            return new SpareCores(null, SpareThreads.NONE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(each * filesAtOnce, r -> {
            Thread t = new Thread(r, "cspec-checks");
            t.setDaemon(true);
            return t;
        });
        return new SpareCores(pool, new SpareThreads(pool, each));
    }

    SpareThreads perFile() {
        return perFile;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
