package cspec.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.Cancellation;
import cspec.core.RepoFiles;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an analysis reuses from the previous version of a document (the wording, scans and
 * phrases of unchanged prose, moved to where that prose now starts) changes nothing: after each
 * random edit of real contracts (a letter or a word typed, a character deleted, a line broken,
 * anywhere, so structure breaks too), the state's findings, fixes and related locations included,
 * equal those of a full analysis of the same text with nothing reused.
 */
class ReuseEqualsFullTest {
    private static final String[] TYPED = {"x", " the", "s", "\n", "\n        ", " promptly", "\"", "[", "(the \"Term\")"};

    static Stream<Path> contracts() {
        List<Path> converted = RepoFiles.specs("accuracy/converted");
        return Stream.concat(RepoFiles.specs("samples").stream(), converted.stream().limit(4));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void findingsAfterEveryEditEqualAnAnalysisWithNothingReused(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        String text = Files.readString(path);
        Random random = new Random(path.getFileName().toString().hashCode());
        CountingFiles disk = new CountingFiles().put(path, text);
        WorkspaceState state = new WorkspaceState(disk);
        state.setFolders(List.of(path.getParent()));
        String uri = path.toUri().toString();
        state.open(uri, path, 1, text);
        state.analysis(uri, Cancellation.NEVER).orElseThrow();
        for (int version = 2; version < 10; version++) {
            int at = random.nextInt(text.length() + 1);
            text = random.nextInt(4) == 0 && at < text.length()
                    ? text.substring(0, at) + text.substring(at + 1)
                    : text.substring(0, at) + TYPED[random.nextInt(TYPED.length)] + text.substring(at);
            state.change(uri, version, new SourceText(uri, text));
            AnalysisResult reused = state.analysis(uri, Cancellation.NEVER).orElseThrow().result();
            AnalysisResult full = Analyzer.analyze(new SourceText(uri, text), path, state.workspaceOf(path));
            assertEquals(full.diagnostics(), reused.diagnostics(), file + ", edit at " + at + ", version " + version);
            assertEquals(full.suppressed(), reused.suppressed(), file + ", version " + version);
        }
    }
}
