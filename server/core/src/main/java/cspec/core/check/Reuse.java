package cspec.core.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the analysis of a document's previous version lets the next one reuse: results of pure
 * computations over parts of the document (the wording of one prose), keyed by everything they
 * read, so that an edit recomputes only the parts it touched. A key holds its inputs in full
 * (never a position that moves with an edit), so a reused value is exactly what computing it
 * again would give. The workspace state keeps one per edited document; the command line, which
 * never sees a version twice, uses {@link #NONE}.
 */
public final class Reuse {
    /** Remembers nothing: every value is computed. */
    public static final Reuse NONE = new Reuse(false);

    private final boolean remembers;
    /** The values the last finished analysis used, by key; replaced whole when the next one finishes. */
    private volatile Map<Object, Kept> previous = Map.of();

    /**
     * A value with the key it was first stored under. A reused value keeps that first key, so the
     * equal key a new version builds (fresh copies of the prose's text) dies young instead of
     * living on to the next edit: on 1 to 8 MB contracts that cut the collector's time per edit by
     * a quarter to a half (docs/benchmarks.md, issue 13 round 5).
     */
    private record Kept(Object key, Object value) {
    }

    private Reuse(boolean remembers) {
        this.remembers = remembers;
    }

    /** A store for the versions of one document, one after the other. */
    public static Reuse acrossVersions() {
        return new Reuse(true);
    }

    /** What one analysis reads from and adds to; confined to the thread that runs the analysis. */
    public Round round() {
        return new Round();
    }

    /** One analysis's use of the store: values found in the previous round or computed now. */
    public final class Round {
        private final Map<Object, Kept> used = new HashMap<>();

        private Round() {
        }

        /** The value for key: the one used by the previous analysis or earlier in this one, else computed. */
        @SuppressWarnings("unchecked")
        public <V> V get(Object key, Supplier<V> compute) {
            if (!remembers) {
                return compute.get();
            }
            Kept kept = used.get(key);
            if (kept == null) {
                kept = previous.get(key);
                if (kept == null) {
                    kept = new Kept(key, compute.get());
                }
                used.put(kept.key(), kept);
            }
            return (V) kept.value();
        }

        /**
         * The analysis finished: what it used is what the next one may reuse, and nothing else, so
         * the store holds one version's worth of values. A cancelled analysis never finishes. The
         * round is not used after this.
         */
        public void finish() {
            if (remembers) {
                previous = used; // no longer written: the round ends here
            }
        }
    }
}
