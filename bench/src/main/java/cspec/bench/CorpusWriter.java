package cspec.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated contracts to a folder, for command-line measurements (cold start, batch
 * lint): {@code java -cp bench/target/benchmarks.jar cspec.bench.CorpusWriter DIR COUNT KB}.
 */
public final class CorpusWriter {
    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusWriter DIR COUNT KILOBYTES");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int kilobytes = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("generated-" + i + ".cspec"), CorpusGenerator.contract(kilobytes * 1024, i),
                    StandardCharsets.UTF_8);
        }
    }
}
