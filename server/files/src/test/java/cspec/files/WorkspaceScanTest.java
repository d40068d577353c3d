package cspec.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cspec.core.Analyzer;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.text.SourceText;
import cspec.core.workspace.FileSource;
import cspec.core.workspace.Workspace;
import cspec.core.workspace.WorkspaceLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace scan (the workspace's profile and library files, found without being named)
 * walks the workspace as a user expects of a linter: never into dependencies, build output or
 * dot-folders, and a folder it cannot open costs that folder alone.
 */
class WorkspaceScanTest {
    private static final String LIBRARY = """
            library ours "Our clauses" {
                clause keep-logs "Keep Logs" (section ops):
                    The Provider must keep the logs for 12 months.
            }
            """;
    /** The same clause worded differently: were it scanned, the contract's clause would be ambiguous. */
    private static final String OTHER_LIBRARY = LIBRARY.replace("ours", "theirs").replace("12", "3");
    private static final String CONTRACT = """
            contract "Monitoring" {
                client "Northwind"
                provider "Acme"
            }

            section ops "Operations" {
                clause keep-logs
            }
            """;

    @TempDir
    Path workspace;
    private final List<Path> tooDeep = new ArrayList<>();

    /** The temporary folder's own clean-up could not open the deep paths either: shorten them first. */
    @AfterEach
    void shortenDeepPaths() throws IOException {
        for (Path top : tooDeep) {
            for (Path folder = top; ; folder = folder.resolve("d")) {
                Path longer = folder.resolve("x".repeat(200));
                if (!Files.isDirectory(longer)) {
                    break;
                }
                Files.move(longer, folder.resolve("d"));
            }
        }
    }

    @Test
    void theScanNeverEntersDependenciesBuildOutputOrDotFolders() throws IOException {
        write("clauses/ours.cspec", LIBRARY);
        for (String skipped : List.of("node_modules/pkg", "bower_components/pkg", "target", "build/generated", "_build",
                "__pycache__", "venv/share", ".git/objects", ".venv", "sub/node_modules")) {
            write(skipped + "/copy.cspec", OTHER_LIBRARY);
        }
        Counting counting = new Counting(new DiskFiles());

        assertEquals(List.of(), analyse(counting), "one library found, no duplicate-id");
        assertEquals(List.of(workspace.resolve("clauses/ours.cspec"), workspace.resolve("contract.cspec")),
                new DiskFiles().specFiles(workspace));
        assertEquals(List.of(), counting.readsUnder("node_modules", "build", "venv", ".git", "target"));
    }

    @Test
    void aFolderTheScanCannotOpenCostsThatFolderAlone() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "paths longer than Linux's PATH_MAX");
        write("clauses/ours.cspec", LIBRARY);
        tooDeepToOpen(workspace.resolve("archive"));
        tooDeepToOpen(workspace.resolve("node_modules"));

        assertEquals(List.of(), analyse(new DiskFiles()), "the library is still found");
    }

    @Test
    void aFolderNamedInCspecJsonIsReadWhateverItsName() throws IOException {
        write("cspec.json", "{\"libraries\": [\"build\"]}");
        write("build/ours.cspec", LIBRARY);

        assertEquals(List.of(), analyse(new DiskFiles()), "the clause is known");
    }

    /** rule@line of every finding but the built-in profile's gaps. */
    private List<String> analyse(FileSource files) throws IOException {
        Path file = write("contract.cspec", CONTRACT);
        Workspace located = new WorkspaceLocator(files).locate(file, workspace);
        SourceText source = new SourceText(file.toString(), CONTRACT);
        List<Diagnostic> found = Analyzer.analyze(source, file, located).diagnostics();
        return found.stream().filter(d -> !d.ruleId().startsWith("missing-"))
                .map(d -> d.ruleId() + "@" + (source.lines().lineOf(d.span().start()) + 1)).toList();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /**
     * A chain of folders whose deepest path is longer than the system lets a program open (deep
     * dependency trees make such paths): each is made with a short name, then renamed long from
     * the bottom up, so every rename stays within the limit. A library waits at the bottom.
     */
    private void tooDeepToOpen(Path top) throws IOException {
        tooDeep.add(top);
        Path deepest = top;
        for (int i = 0; i < 24; i++) {
            deepest = deepest.resolve("d");
        }
        Files.createDirectories(deepest);
        Files.writeString(deepest.resolve("deep.cspec"), LIBRARY);
        String longName = "x".repeat(200);
        for (Path folder = deepest; !folder.equals(top); folder = folder.getParent()) {
            Files.move(folder, folder.resolveSibling(longName));
        }
    }

    /** The disk, counting what is read. */
    private static final class Counting implements FileSource {
        private final FileSource disk;
        private final List<Path> reads = new ArrayList<>();

        Counting(FileSource disk) {
            this.disk = disk;
        }

        List<Path> readsUnder(String... folders) {
            return reads.stream().filter(p -> {
                for (Path part : p) {
                    if (List.of(folders).contains(part.toString())) {
                        return true;
                    }
                }
                return false;
            }).toList();
        }

        @Override
        public synchronized Optional<String> read(Path file) {
            reads.add(file);
            return disk.read(file);
        }

        @Override
        public synchronized Optional<String> readHead(Path file, int maxChars) {
            reads.add(file);
            return disk.readHead(file, maxChars);
        }

        @Override
        public List<Path> specFiles(Path root) {
            return disk.specFiles(root);
        }

        @Override
        public Optional<Path> realPath(Path file) {
            return disk.realPath(file);
        }
    }
}
