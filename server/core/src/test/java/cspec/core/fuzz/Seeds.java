package cspec.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import cspec.core.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The texts fuzzing starts from: every sample, fixture and built-in of the repository, read
 * once. A fuzz input chooses one by index, so the fuzzer explores edits of real contracts
 * without a copy of each in its corpus.
 */
final class Seeds {
    record Seed(String name, String text) {
    }

    private static final List<Seed> ALL = load();

    private Seeds() {
    }

    static Seed pick(FuzzedDataProvider data) {
        return ALL.get(data.consumeInt(0, ALL.size() - 1));
    }

    static List<Seed> all() {
        return ALL;
    }

    private static List<Seed> load() {
        return RepoFiles.specs("samples", "server/core/src/test/resources/fixtures", "server/core/src/main/resources").stream()
                .map(Seeds::read).toList();
    }

    private static Seed read(Path file) {
        try {
            return new Seed(RepoFiles.root().relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
