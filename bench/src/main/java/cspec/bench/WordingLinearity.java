package cspec.bench;

import cspec.core.syntax.Modality;
import cspec.core.wording.Vocabulary;
import cspec.core.wording.WordingContext;
import cspec.core.wording.WordingEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The wording linearity check as a plain main, for shared machines where JMH's wall-clock
 * figures are noisy: for 1, 2, 4 and 8 MB of generated prose it reports the best of several
 * runs in thread CPU time, and the time per MB, which stays flat when the analysis is linear.
 * Run with {@code java -cp bench/target/benchmarks.jar cspec.bench.WordingLinearity [runs]}.
 */
public final class WordingLinearity {
    private WordingLinearity() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        WordingContext context = WordingContext.requirement(Modality.MUST, null, Vocabulary.clientAndProvider());
        WordingEngine engine = WordingEngine.builtIn();
        engine.analyze(WordingProse.generate(4 << 20, 7), 0, context); // warm up the JIT
        System.out.println("MB  findings  best CPU ms  ms per MB");
        for (int mb : new int[] {1, 2, 4, 8}) {
            String prose = WordingProse.generate(mb << 20, 42);
            long best = Long.MAX_VALUE;
            int findings = 0;
            for (int r = 0; r < runs; r++) {
                long start = threads.getCurrentThreadCpuTime();
                findings = engine.analyze(prose, 0, context).findings().size();
                best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            }
            double ms = best / 1e6;
            System.out.println(String.format(Locale.ROOT, "%2d  %8d  %11.1f  %9.1f", mb, findings, ms, ms / mb));
        }
    }
}
