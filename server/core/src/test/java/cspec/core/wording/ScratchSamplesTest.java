package cspec.core.wording;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScratchSamplesTest {
    @Test
    void dump() throws Exception {
        Path root = Path.of(System.getProperty("scratch.dir", "../../samples"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".cspec")).sorted().toList();
        }
        for (Path p : files) {
            SourceText src = new SourceText(p.toString(), Files.readString(p));
            AnalysisResult r = Analyzer.analyze(src, p, Workspace.standalone());
            for (Diagnostic d : r.diagnostics()) {
                if (List.of("missing-section", "missing-clause", "syntax").contains(d.ruleId())) continue;
                var pos = src.lines().position(d.span().start());
                System.out.println(p.getFileName() + ":" + (pos.line() + 1) + ": " + d.ruleId() + " [" + src.slice(d.span()).replace('\n', ' ') + "] " + d.message());
            }
        }
    }
}
