package cspec.bench;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse-plus-check throughput over a generated corpus of 10 MB (100 contracts of 100 KB): one
 * operation analyses the whole corpus, so MB/s = 10 / (seconds per operation). Run with
 * {@code java -jar bench/target/benchmarks.jar ThroughputBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class ThroughputBenchmark {
    static final int FILES = 100;
    static final int FILE_CHARS = 100 * 1024;

    private List<SourceText> corpus;

    @Setup
    public void generate() {
        corpus = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            corpus.add(new SourceText("generated-" + i + ".cspec", CorpusGenerator.contract(FILE_CHARS, i)));
        }
    }

    @Benchmark
    public void analyseTenMegabytes(Blackhole sink) {
        Workspace workspace = Workspace.standalone();
        for (SourceText source : corpus) {
            AnalysisResult result = Analyzer.analyze(source, null, workspace);
            sink.consume(result.diagnostics().size());
        }
    }
}
