package cspec.bench;

import cspec.core.syntax.Modality;
import cspec.core.wording.Vocabulary;
import cspec.core.wording.WordingContext;
import cspec.core.wording.WordingEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Is the wording analysis linear? One operation analyses megabytes MB of generated prose as a
 * single piece (the worst case: every sentence-level scan sees the whole text), so time per
 * operation divided by megabytes should stay flat from 1 to 8 MB. Run with
 * {@code java -jar bench/target/benchmarks.jar WordingLinearityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class WordingLinearityBenchmark {
    @Param({"1", "2", "4", "8"})
    public int megabytes;

    private String prose;
    private WordingContext context;

    @Setup
    public void generate() {
        prose = WordingProse.generate(megabytes * 1024 * 1024, 42);
        context = WordingContext.requirement(Modality.MUST, null, Vocabulary.clientAndProvider());
        WordingEngine.builtIn();
    }

    @Benchmark
    public int analyse() {
        return WordingEngine.builtIn().analyze(prose, 0, context).findings().size();
    }
}
