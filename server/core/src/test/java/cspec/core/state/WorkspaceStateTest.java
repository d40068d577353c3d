package cspec.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.Cancellation;
import cspec.core.Checks;
import cspec.core.catalog.Catalog;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkspaceStateTest {
    static final Path ROOT = Path.of("/ws").toAbsolutePath();
    static final Path CONFIG = ROOT.resolve("cspec.json");
    static final Path LIBRARY = ROOT.resolve("lib/clauses.cspec");

    static final String LIBRARY_TEXT = """
            library ours "Our clauses" {
                clause keep-logs "Keep Logs":
                    The Provider must keep the logs for 12 months.
            }
            """;

    static String contract(int n, String requirement) {
        return """
                contract "Contract %d" {
                    client "Example Corp"
                    provider "Acme"
                }

                section ops "Operations" {
                    must OPS-1: %s
                    clause keep-logs
                }
                """.formatted(n, requirement);
    }

    private final CountingFiles disk = new CountingFiles()
            .put(CONFIG, "{\"rules\": {\"vague-term\": \"error\"}}")
            .put(LIBRARY, LIBRARY_TEXT)
            .put(ROOT.resolve("a.cspec"), contract(1, "The Provider must respond promptly."))
            .put(ROOT.resolve("b.cspec"), contract(2, "The Provider must patch within 14 days."))
            .put(ROOT.resolve("c.cspec"), contract(3, "The Provider must use appropriate tools."));

    private AnalysisResult lint(WorkspaceState state, String name) {
        Path file = ROOT.resolve(name);
        Workspace workspace = state.locate(file, ROOT);
        return Analyzer.analyze(new SourceText(file.toString(), disk.read(file).orElseThrow()), file, workspace);
    }

    @Test
    void aBatchReadsCspecJsonOnceListsTheFolderOnceAndParsesTheLibraryOnce() {
        WorkspaceState state = new WorkspaceState(disk);
        List<Catalog.ClauseEntry> seen = List.of(lint(state, "a.cspec"), lint(state, "b.cspec"), lint(state, "c.cspec"))
                .stream().map(r -> r.catalog().clause("keep-logs").orElseThrow()).toList();
        assertEquals(1, disk.reads(CONFIG), "cspec.json read once for the run");
        assertEquals(1, disk.listings.get(), "the workspace listed once for the run");
        assertSame(seen.get(0).clause(), seen.get(1).clause(), "the library parsed once, its tree shared");
        assertSame(seen.get(1).clause(), seen.get(2).clause());
    }

    @Test
    void aContractNamingNoProfileAndNoClauseIsLintedWithoutWalkingTheWorkspace() {
        Path plain = ROOT.resolve("plain.cspec");
        disk.put(plain, """
                contract "Plain" {
                    client "Example Corp"
                    provider "Acme"
                }

                section ops "Operations" {
                    must OPS-1: The Provider must patch within 14 days.
                }
                """);
        WorkspaceState state = new WorkspaceState(disk);
        AnalysisResult result = lint(state, "plain.cspec");
        assertEquals(0, disk.listings.get(), "nothing the contract names needs the workspace's other files");
        assertEquals(0, disk.reads(LIBRARY) + disk.reads(ROOT.resolve("a.cspec")), "no other file read");
        assertTrue(result.catalog().clause("keep-logs").isPresent(), "an editor asking for clauses still finds the library");
        assertEquals(1, disk.listings.get(), "the workspace listed when asked, once");
    }

    @Test
    void aChangedCspecJsonIsReadAgainAndApplies() {
        WorkspaceState state = new WorkspaceState(disk);
        assertTrue(errors(lint(state, "c.cspec")) > 0, "vague-term is an error in this workspace");
        disk.put(CONFIG, "{\"rules\": {\"vague-term\": \"off\"}}");
        assertTrue(errors(lint(state, "c.cspec")) > 0, "not re-read until the state hears of the change");
        state.filesChanged(List.of(CONFIG));
        assertEquals(0, errors(lint(state, "c.cspec")));
        assertEquals(2, disk.reads(CONFIG));
    }

    @Test
    void anOpenLibraryEditedInTheEditorIsWhatItsContractsSee() {
        WorkspaceState state = new WorkspaceState(disk);
        state.setFolders(List.of(ROOT));
        String contract = "file://" + ROOT.resolve("a.cspec");
        state.open(contract, ROOT.resolve("a.cspec"), 1, disk.read(ROOT.resolve("a.cspec")).orElseThrow());
        assertTrue(state.analysis(contract, Cancellation.NEVER).orElseThrow().result().catalog().clause("keep-logs").isPresent());

        String library = "file://" + LIBRARY;
        state.open(library, LIBRARY, 1, LIBRARY_TEXT);
        boolean othersRead = state.change(library, 2, new SourceText(library, LIBRARY_TEXT.replace("keep-logs", "retain-logs")));
        assertTrue(othersRead, "a library's edit concerns the contracts that read it");
        Catalog catalog = state.analysis(contract, Cancellation.NEVER).orElseThrow().result().catalog();
        assertFalse(catalog.clause("keep-logs").isPresent());
        assertTrue(catalog.clause("retain-logs").isPresent());
    }

    @Test
    void anEditToAContractConcernsOnlyItself() {
        WorkspaceState state = new WorkspaceState(disk);
        String uri = "file://" + ROOT.resolve("a.cspec");
        state.open(uri, ROOT.resolve("a.cspec"), 1, contract(1, "x"));
        assertFalse(state.change(uri, 2, new SourceText(uri, contract(1, "The Provider must log."))));
    }

    @Test
    void oneVersionIsAnalysedOnceAndANewVersionAgain() {
        WorkspaceState state = new WorkspaceState(disk);
        String uri = "untitled:1";
        state.open(uri, null, 1, contract(1, "The Provider must respond promptly."));
        Analysis first = state.analysis(uri, Cancellation.NEVER).orElseThrow();
        assertSame(first, state.analysis(uri, Cancellation.NEVER).orElseThrow());
        state.change(uri, 2, new SourceText(uri, contract(1, "The Provider must respond within 1 hour.")));
        Analysis second = state.analysis(uri, Cancellation.NEVER).orElseThrow();
        assertNotSame(first, second);
        assertEquals(2, second.document().version());
    }

    @Test
    void anAnalysisOvertakenByANewerVersionStopsAndIsNotKept() {
        WorkspaceState state = new WorkspaceState(disk);
        String uri = "untitled:1";
        Document old = state.open(uri, null, 1, contract(1, "The Provider must respond promptly."));
        state.change(uri, 2, new SourceText(uri, contract(1, "The Provider must respond within 1 hour.")));
        assertTrue(state.analysisOf(old, Cancellation.NEVER).isEmpty(), "the stale version is not analysed to its end");
        assertEquals(2, state.analysis(uri, Cancellation.NEVER).orElseThrow().document().version());
    }

    @Test
    void theAnalysisStopsBetweenChecksOnceCancelled() {
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        List<cspec.core.check.Check> counted = Checks.ALL.stream().<cspec.core.check.Check>map(check -> (context, report) -> {
            ran.incrementAndGet();
            check.run(context, report);
        }).toList();
        Cancellation afterThree = () -> asked.incrementAndGet() > 4;
        assertThrows(Cancellation.Cancelled.class, () -> Analyzer.analyze(new SourceText("x", contract(1, "x")), null,
                Workspace.standalone(), counted, afterThree));
        assertEquals(3, ran.get(), "three checks ran, then the analysis stopped");
    }

    @Test
    void aRequestThatIsCancelledStopsWaiting() {
        WorkspaceState state = new WorkspaceState(disk);
        state.open("untitled:1", null, 1, contract(1, "x"));
        assertThrows(Cancellation.Cancelled.class, () -> state.analysis("untitled:1", () -> true));
    }

    @Test
    void namesAnswerFromTheParseUntilTheChecksHaveRunAndTheChecksReuseThatParse() {
        WorkspaceState state = new WorkspaceState(disk);
        String uri = "untitled:1";
        state.open(uri, null, 1, contract(1, "The Provider must respond promptly."));
        Analysis quick = state.names(uri, Cancellation.NEVER).orElseThrow();
        assertFalse(quick.checked());
        assertTrue(quick.result().diagnostics().isEmpty(), "no check has run yet");
        assertTrue(quick.index().declarations().stream().anyMatch(d -> d.name().text().equals("OPS-1")));
        Analysis full = state.analysis(uri, Cancellation.NEVER).orElseThrow();
        assertTrue(full.checked());
        assertFalse(full.result().diagnostics().isEmpty());
        assertSame(quick.result().file(), full.result().file(), "the checks start from the parse already made");
        assertSame(full, state.names(uri, Cancellation.NEVER).orElseThrow(), "once checked, names come from the analysis");
    }

    /**
     * The checks step aside while a completion or hover answers from the parse, but for a bounded
     * time: an answer that never ends does not keep the findings from coming, and the answer
     * itself gets the new version's names without waiting for the checks.
     */
    @Test
    void anAnalysisStillFinishesWhileARequestAnswersFromNames() throws Exception {
        WorkspaceState state = new WorkspaceState(disk);
        String uri = "untitled:1";
        state.open(uri, null, 1, contract(1, "The Provider must respond promptly."));
        state.change(uri, 2, new SourceText(uri, contract(1, "The Provider must respond promptly to alerts.")));
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var answer = executor.submit(() -> state.answerFromNames(uri, Cancellation.NEVER, a -> {
                answering.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return a.checked();
            }));
            assertTrue(answering.await(10, TimeUnit.SECONDS));
            var analysis = executor.submit(() -> state.analysis(uri, Cancellation.NEVER).orElseThrow());
            Analysis done = analysis.get(10, TimeUnit.SECONDS);
            assertTrue(done.checked());
            assertFalse(done.result().diagnostics().isEmpty(), "vague-term on 'promptly'");
            release.countDown();
            assertEquals(Optional.of(false), answer.get(10, TimeUnit.SECONDS),
                    "the answer came from the parse, before the checks");
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    private static long errors(AnalysisResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == cspec.core.diagnostic.Severity.ERROR)
                .map(Diagnostic::ruleId).filter("vague-term"::equals).count();
    }
}
