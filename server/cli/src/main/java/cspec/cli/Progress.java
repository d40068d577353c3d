package cspec.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "cspec: 120/500 files" on standard error while a long lint runs, rewritten in place, and
 * erased when it ends. Only on a terminal (the launcher sets cspec.stderr.terminal, since Java
 * 17 cannot tell) and never with --quiet, so logs and pipes never see it.
 */
final class Progress {
    static final String TERMINAL_PROPERTY = "cspec.stderr.terminal";
    /** Below this many files a run is over before progress would help. */
    static final int MIN_FILES = 20;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final AtomicInteger done = new AtomicInteger();
    private long lastDrawn;
    private int width;

    Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown && total >= MIN_FILES;
    }

    /** Shown when standard error is a terminal and the user did not ask for quiet. */
    static Progress of(PrintWriter err, int total, boolean quiet) {
        return new Progress(err, total, !quiet && "true".equals(System.getProperty(TERMINAL_PROPERTY)));
    }

    /** One more file done; redrawn at most ten times a second. */
    void step() {
        int n = done.incrementAndGet();
        if (!shown) {
            return;
        }
        synchronized (this) {
            long now = System.nanoTime();
            if (n < total && now - lastDrawn < INTERVAL_NANOS) {
                return;
            }
            lastDrawn = now;
            String line = "cspec: " + n + "/" + total + " files";
            width = Math.max(width, line.length());
            err.print("\r" + line);
            err.flush();
        }
    }

    /** Erases the progress line, so the summary starts on a clean line. */
    synchronized void finish() {
        if (shown && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
