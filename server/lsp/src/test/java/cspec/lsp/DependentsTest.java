package cspec.lsp;

import java.nio.file.Files;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

/** A contract is re-checked when a workspace library it relies on changes, in the editor or on disk. */
class DependentsTest extends ServerTest {
    private static final String CONTRACT = """
            contract "Managed SOC Services" {
                client "Example Corp"
                provider "Sentinel Ops"
                uses "lib.cspec"
            }

            section liability "Liability" {
                clause our-cap
            }
            """;
    private static final String LIBRARY = """
            library ours "Our clauses" {
                clause our-cap "Liability Cap" (section liability):
                    Each party's total liability under this contract is limited to the fees paid in the
                    12 months before the claim.
            }
            """;

    @Override
    void prepareWorkspace() throws Exception {
        Files.writeString(root.resolve("cspec.json"), "{}");
        Files.writeString(root.resolve("lib.cspec"), LIBRARY);
    }

    private static boolean hasUnknownClause(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("unknown-clause"));
    }

    @Test
    void editingALibraryInTheEditorRechecksTheContractThatUsesIt() throws Exception {
        String contract = lsp.open(root.resolve("contract.cspec"), CONTRACT);
        lsp.client.awaitDiagnostics(contract, p -> !hasUnknownClause(p), 10_000);
        String library = lsp.open(root.resolve("lib.cspec"), LIBRARY);
        lsp.change(library, null, LIBRARY.replace("clause our-cap", "clause our-limit"));
        lsp.client.awaitDiagnostics(contract, DependentsTest::hasUnknownClause, 10_000);
    }

    @Test
    void aLibraryChangedOnDiskRechecksOpenContracts() throws Exception {
        String contract = lsp.open(root.resolve("contract.cspec"), CONTRACT);
        lsp.client.awaitDiagnostics(contract, p -> !hasUnknownClause(p), 10_000);
        Files.writeString(root.resolve("lib.cspec"), LIBRARY.replace("clause our-cap", "clause our-limit"));
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(Uris.of(root.resolve("lib.cspec")), FileChangeType.Changed))));
        lsp.client.awaitDiagnostics(contract, DependentsTest::hasUnknownClause, 10_000);
    }

    @Test
    void aLibraryCreatedOnDiskIsFoundByTheWorkspaceScan() throws Exception {
        String text = CONTRACT.replace("    uses \"lib.cspec\"\n", "").replace("clause our-cap", "clause new-cap");
        String contract = lsp.open(root.resolve("contract.cspec"), text);
        lsp.client.awaitDiagnostics(contract, DependentsTest::hasUnknownClause, 10_000);
        Files.writeString(root.resolve("more.cspec"), LIBRARY.replace("library ours", "library more")
                .replace("clause our-cap", "clause new-cap"));
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(Uris.of(root.resolve("more.cspec")), FileChangeType.Created))));
        lsp.client.awaitDiagnostics(contract, p -> !hasUnknownClause(p), 10_000);
    }
}
