package cspec.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.Cancellation;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property the workspace state must keep: whatever it remembers between edits (parses of
 * libraries, scans, configurations, analyses by version), the findings it gives for a document
 * equal those of a full analysis from scratch over the same texts. Random edit sequences (a
 * contract typed into, a library edited in the editor, cspec.json and library files changed on
 * disk) are applied and compared after every step.
 */
class IncrementalEqualsFullTest {
    private static final Path ROOT = WorkspaceStateTest.ROOT;
    private static final Path CONFIG = WorkspaceStateTest.CONFIG;
    private static final Path LIBRARY = WorkspaceStateTest.LIBRARY;
    private static final Path CONTRACT = ROOT.resolve("a.cspec");
    private static final Path OTHER_LIBRARY = ROOT.resolve("lib/more.cspec");

    private static final String[] LINES = {
        "    must OPS-%d: The Provider must respond promptly to each alert.",
        "    must OPS-%d: The Provider must patch within 14 days [OPS-1].",
        "    should OPS-%d (weight 3): The Provider should use appropriate tools.",
        "    clause keep-logs",
        "    clause retain-logs",
        "    clause wipe-disks",
        "    may OPS-%d: The Provider may, at its sole discretion, review the logs.",
        "    must OPS-%d: TBD",
        "    // cspec-disable-next-line vague-term -- agreed",
    };

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void findingsAfterEveryEditEqualAFullAnalysis(long seed) {
        Random random = new Random(seed);
        CountingFiles disk = new CountingFiles()
                .put(CONFIG, "{\"rules\": {\"vague-term\": \"error\"}}")
                .put(LIBRARY, WorkspaceStateTest.LIBRARY_TEXT);
        WorkspaceState state = new WorkspaceState(disk);
        state.setFolders(List.of(ROOT));
        String contractUri = CONTRACT.toUri().toString();
        String libraryUri = LIBRARY.toUri().toString();
        List<String> contract = new ArrayList<>(WorkspaceStateTest.contract(1, "The Provider must log.").lines().toList());
        disk.put(CONTRACT, String.join("\n", contract));
        state.open(contractUri, CONTRACT, 1, String.join("\n", contract));
        String library = WorkspaceStateTest.LIBRARY_TEXT;
        boolean libraryOpen = false;
        int version = 1;
        for (int step = 0; step < 25; step++) {
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> {
                    editContract(contract, random);
                    state.change(contractUri, ++version, new SourceText(contractUri, String.join("\n", contract)));
                }
                case 3 -> {
                    library = random.nextBoolean() ? library.replace("keep-logs", "retain-logs")
                            : library.replace("retain-logs", "keep-logs");
                    if (!libraryOpen) {
                        state.open(libraryUri, LIBRARY, 1, library);
                        libraryOpen = true;
                    } else {
                        state.change(libraryUri, step + 2, new SourceText(libraryUri, library));
                    }
                }
                case 4 -> {
                    disk.put(CONFIG, random.nextBoolean() ? "{\"rules\": {\"vague-term\": \"off\"}}"
                            : "{\"rules\": {\"vague-term\": \"error\", \"placeholder\": \"hint\"}}");
                    state.filesChanged(List.of(CONFIG));
                }
                default -> {
                    disk.put(OTHER_LIBRARY, "library more \"More\" {\n    clause wipe-disks \"Wipe\":\n"
                            + "        The Provider must wipe each disk " + step + " times.\n}\n");
                    state.filesChanged(List.of(OTHER_LIBRARY));
                }
            }
            AnalysisResult incremental = state.analysis(contractUri, Cancellation.NEVER).orElseThrow().result();
            assertEquals(describe(full(disk, contract, libraryOpen ? library : null)), describe(incremental),
                    "seed " + seed + ", step " + step);
        }
    }

    /** The same texts analysed from scratch: a new state, nothing remembered. */
    private static AnalysisResult full(CountingFiles disk, List<String> contract, String openLibrary) {
        CountingFiles snapshot = new CountingFiles();
        for (Path p : disk.specFiles(ROOT)) {
            snapshot.put(p, disk.read(p).orElseThrow());
        }
        snapshot.put(CONFIG, disk.read(CONFIG).orElseThrow());
        if (openLibrary != null) {
            snapshot.put(LIBRARY, openLibrary);
        }
        String text = String.join("\n", contract);
        snapshot.put(CONTRACT, text);
        WorkspaceState fresh = new WorkspaceState(snapshot);
        fresh.setFolders(List.of(ROOT));
        return Analyzer.analyze(new SourceText(CONTRACT.toUri().toString(), text), CONTRACT, fresh.workspaceOf(CONTRACT));
    }

    private static void editContract(List<String> lines, Random random) {
        int body = lines.indexOf(lines.stream().filter(l -> l.startsWith("section")).findFirst().orElseThrow()) + 1;
        int end = lines.lastIndexOf("}");
        if (random.nextInt(3) == 0 && end - body > 1) {
            lines.remove(body + random.nextInt(end - body));
        } else {
            String line = LINES[random.nextInt(LINES.length)].formatted(2 + random.nextInt(40));
            lines.add(body + random.nextInt(Math.max(1, end - body)), line);
        }
    }

    private static String describe(AnalysisResult result) {
        return result.diagnostics().stream().map(IncrementalEqualsFullTest::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Diagnostic d) {
        return d.span() + " " + d.severity() + " " + d.ruleId() + " " + d.message() + " " + d.related().stream()
                .map(r -> r.document() + "@" + r.span()).toList();
    }
}
