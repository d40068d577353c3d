package cspec.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated contracts to a folder, for command-line measurements (cold start, batch
 * lint): {@code java -cp bench/target/benchmarks.jar cspec.bench.CorpusWriter DIR COUNT KB}, where KB
 * is a size ({@code 100}) or a range ({@code 10-20}: each file's size drawn from it, seeded).
 */
public final class CorpusWriter {
    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusWriter DIR COUNT KILOBYTES|MIN-MAX");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String[] range = args[2].split("-");
        int min = Integer.parseInt(range[0]);
        int max = Integer.parseInt(range[range.length - 1]);
        java.util.Random sizes = new java.util.Random(42);
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            int kilobytes = min + (max > min ? sizes.nextInt(max - min + 1) : 0);
            Files.writeString(dir.resolve("generated-" + i + ".cspec"), CorpusGenerator.contract(kilobytes * 1024, i),
                    StandardCharsets.UTF_8);
        }
    }
}
