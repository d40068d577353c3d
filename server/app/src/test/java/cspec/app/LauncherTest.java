package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./cspec launcher, run for real on a copy of the repository layout whose {@code mvn} and
 * {@code java} are stand-ins: {@code mvn} counts its runs and takes two seconds to "build" the
 * jar, {@code java} echoes its arguments. Two launchers started together on a stale jar must
 * both succeed, and the build must run once, with the flock lock and with the mkdir fallback.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    private static final String FAKE_MVN = """
            #!/usr/bin/env bash
            echo run >> "$COUNT_FILE"
            echo "[INFO] pretend build output" 
            sleep 2
            mkdir -p server/app/target
            echo jar > server/app/target/cspec.jar
            """;

    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "java $*"
            """;

    @Test
    void concurrentFirstRunsBuildOnceWithFlock() throws Exception {
        assumeTrue(onPath("bash") && onPath("flock") || ciRequires(), "bash and flock are needed for this test");
        Path repo = fakeRepo();
        Path bin = tools(List.of());
        runTwoAndCheck(repo, bin);
    }

    @Test
    void concurrentFirstRunsBuildOnceWithTheMkdirLock() throws Exception {
        assumeTrue(onPath("bash") || ciRequires(), "bash is needed for this test");
        Path repo = fakeRepo();
        // A PATH with the usual tools but no flock makes the launcher fall back to its mkdir lock.
        Path bin = tools(List.of("bash", "env", "find", "mkdir", "rm", "cat", "sleep", "dirname", "echo"));
        runTwoAndCheck(repo, bin);
    }

    @Test
    void aFreshJarIsNotRebuiltAndAStaleOneIs() throws Exception {
        assumeTrue(onPath("bash") || ciRequires(), "bash is needed for this test");
        Path repo = fakeRepo();
        Path bin = tools(List.of());
        Path count = tmp.resolve("count");
        assertEquals(0, launch(repo, bin, count, "rules").waitFor());
        assertEquals(1, runs(count));
        assertEquals(0, launch(repo, bin, count, "rules").waitFor());
        assertEquals(1, runs(count), "an up-to-date jar must not be rebuilt");
        Path source = repo.resolve("server/core/src/A.java");
        Files.setLastModifiedTime(repo.resolve("server/app/target/cspec.jar"), FileTime.fromMillis(1_000L));
        Files.setLastModifiedTime(source, FileTime.fromMillis(2_000L));
        assertEquals(0, launch(repo, bin, count, "rules").waitFor());
        assertEquals(2, runs(count), "a jar older than a source must be rebuilt");
    }

    @Test
    void runsThroughASymbolicLinkFromAnyFolderWithTheSharedJvmOptions() throws Exception {
        assumeTrue(onPath("bash") || ciRequires(), "bash is needed for this test");
        Path repo = fakeRepo();
        Path bin = tools(List.of());
        Path count = tmp.resolve("count");
        assertEquals(0, launch(repo, bin, count, "rules").waitFor(), "the first run builds the jar");
        // As docs/editors.md puts it on PATH: a link in another folder, run from a third one.
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("cspec"), repo.resolve("cspec"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        ProcessBuilder pb = new ProcessBuilder("bash", links.resolve("cspec").toString(), "lint", "x.cspec").directory(elsewhere.toFile());
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("COUNT_FILE", count.toString());
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        Path real = repo.toRealPath();
        assertEquals(java(real, true) + " -jar " + real.resolve("server/app/target/cspec.jar") + " lint x.cspec", out);
        assertEquals(1, runs(count), "a link must not make the launcher think the jar is missing");

        // The server runs long: it gets the shared options, the archive and its heap options, never
        // the short-run compiler flags.
        pb.command("bash", links.resolve("cspec").toString(), "server");
        Process server = pb.start();
        String serverLine = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, server.waitFor());
        assertEquals(java(real, false) + " " + SERVER_HEAP + " -jar " + real.resolve("server/app/target/cspec.jar") + " server",
                serverLine);

        // A user who sizes the heap in Java's own variable keeps exactly that: with -Xms64m beside
        // their smaller -Xmx the JVM would not start.
        pb.environment().put("JDK_JAVA_OPTIONS", "-Xmx48m");
        Process sized = pb.start();
        String sizedLine = new String(sized.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, sized.waitFor());
        assertEquals(java(real, false) + " -jar " + real.resolve("server/app/target/cspec.jar") + " server", sizedLine);
    }

    /**
     * The heap options of the server alone (docs/benchmarks.md, issue 13 round 6): a heap that
     * grows with the documents keeps the collector's CPU per edit proportional to the document.
     */
    private static final String SERVER_HEAP = "-Xms64m -XX:NewRatio=1";

    @Test
    void everyLauncherAndTheEditorGiveTheServerAloneTheSameHeapOptions() throws IOException {
        Path root = Path.of(System.getenv().getOrDefault("CSPEC_REPO_ROOT", "../.."));
        String checkout = Files.readString(root.resolve("cspec"));
        String release = Files.readString(root.resolve("dist/src/bin/cspec"));
        String checkoutCmd = Files.readString(root.resolve("cspec.cmd"));
        String releaseCmd = Files.readString(root.resolve("dist/src/bin/cspec.cmd"));
        String editor = Files.readString(root.resolve("clients/vscode/src/server.ts"));
        assertTrue(checkout.contains("server) JIT=(); SERVER_HEAP=(" + SERVER_HEAP + ") ;;"), "./cspec");
        assertTrue(release.contains("server) jit=; heap=\"" + SERVER_HEAP + "\" ;;"), "bin/cspec");
        // ... unless the user sizes the heap (Java's variables; the editor's setting).
        String userSizes = "*\" -Xm\"[nsx]*|*HeapSize=*|*RAMPercentage=*|*NewRatio=*|*NewSize=*)";
        assertTrue(checkout.contains(userSizes + " SERVER_HEAP=() ;;"), "./cspec");
        assertTrue(release.contains(userSizes + " heap= ;;"), "bin/cspec");
        for (String cmd : List.of(checkoutCmd, releaseCmd)) {
            assertTrue(cmd.contains("if /i \"%~1\"==\"server\" set \"HEAP=" + SERVER_HEAP + "\""), cmd);
            assertTrue(cmd.contains("for %%o in (-Xms -Xmx -Xmn HeapSize RAMPercentage NewRatio NewSize) do call :unless_user_sizes_heap %%o"), cmd);
            assertTrue(cmd.contains("%JIT% %HEAP% -jar"), cmd);
        }
        assertTrue(editor.contains("SERVER_HEAP_OPTIONS = ['" + SERVER_HEAP.replace(" ", "', '") + "']"), "server.ts");
        assertTrue(editor.contains("const heap = extraOptions.some(sizesHeap) ? [] : SERVER_HEAP_OPTIONS;"), "server.ts");
        assertTrue(editor.contains("...heap, ...extraOptions, '-jar', path.join(serverDir, 'cspec.jar'), 'server'"),
                "the editor's server gets them, before the user's options");
    }

    @Test
    void lintOfAFewNamedFilesUsesTheQuickCompilerAloneAndAFolderOrABatchDoesNot() throws Exception {
        assumeTrue(onPath("bash") || ciRequires(), "bash is needed for this test");
        Path repo = fakeRepo();
        Path bin = tools(List.of());
        Path count = tmp.resolve("count");
        Files.createDirectories(repo.resolve("contracts"));
        List<String> many = new ArrayList<>(List.of("lint"));
        for (int i = 0; i < 101; i++) {
            many.add(Files.writeString(repo.resolve("contracts/c" + i + ".cspec"), "").toString());
        }
        String quick = "-XX:TieredStopAtLevel=1 -jar ";

        assertTrue(javaLine(launch(repo, bin, count, "lint", "--fail-on", "never", "contracts/c0.cspec")).contains(quick));
        assertTrue(javaLine(launch(repo, bin, count, "format", "--check", "contracts/c1.cspec")).contains(quick));
        assertTrue(javaLine(launch(repo, bin, count, "lint", "contracts")).startsWith(java(repo, true) + " -jar "),
                "a folder may be a batch");
        assertTrue(javaLine(launch(repo, bin, count, "lint", "contracts/c0.cspec", "contracts"))
                .startsWith(java(repo, true) + " -jar "));
        assertTrue(javaLine(launch(repo, bin, count, "lint")).startsWith(java(repo, true) + " -jar "), "no path: the current folder");
        assertTrue(javaLine(launch(repo, bin, count, "lint", "missing.cspec")).startsWith(java(repo, true) + " -jar "));
        assertTrue(javaLine(launch(repo, bin, count, many.toArray(String[]::new))).startsWith(java(repo, true) + " -jar "),
                "more than 100 files");
    }

    private static String javaLine(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        return out.lines().filter(l -> l.startsWith("java ")).findFirst().orElse(out);
    }

    /** The java command the checkout launcher runs, up to -jar: the options file, the archive, the short-run flags. */
    private static String java(Path repo, boolean shortRun) {
        return "java @" + repo.resolve("server/app/src/dist/jvm.options") + " -XX:SharedArchiveFile="
                + repo.resolve("server/app/target/cspec.jsa") + (shortRun ? " -XX:Tier4InvocationThreshold=50000"
                + " -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
                + " -XX:InlineSmallCode=1000" : "");
    }

    private void runTwoAndCheck(Path repo, Path bin) throws Exception {
        Path count = tmp.resolve("count");
        Process first = launch(repo, bin, count, "lint", "a.cspec");
        Process second = launch(repo, bin, count, "lint", "b.cspec");
        assertTrue(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS), "launchers hung");
        String out1 = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String out2 = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err1 = new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, first.exitValue(), err1);
        assertEquals(0, second.exitValue());
        assertTrue(out1.startsWith(java(repo, true) + " -jar ")
                && out1.strip().endsWith("lint a.cspec"), out1);
        assertTrue(out2.strip().endsWith("lint b.cspec"), out2);
        assertFalse(out1.contains("pretend build output"), "build output must go to stderr: " + out1);
        assertEquals(1, runs(count), "the build must run exactly once");
        assertFalse(Files.exists(repo.resolve(".cspec-build.lock")) && Files.isDirectory(repo.resolve(".cspec-build.lock")),
                "the mkdir lock must be released");
    }

    private Process launch(Path repo, Path bin, Path count, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(repo.resolve("cspec").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("COUNT_FILE", count.toString());
        return pb.start();
    }

    /** A repository layout with the real launcher, sources, and no jar. */
    private Path fakeRepo() throws IOException {
        Path root = Path.of(System.getenv().getOrDefault("CSPEC_REPO_ROOT", "../.."));
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(root.resolve("cspec"), repo.resolve("cspec"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(repo.resolve("server/app/src/dist"));
        Files.copy(root.resolve("server/app/src/dist/jvm.options"), repo.resolve("server/app/src/dist/jvm.options"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("grammar"));
        Files.createDirectories(repo.resolve("server/core/src"));
        Files.writeString(repo.resolve("server/core/src/A.java"), "class A {}");
        return repo;
    }

    /**
     * A bin folder with the fake mvn and java; with names given, only those real tools are linked
     * in (so flock can be left out), otherwise the real PATH's folders follow it.
     */
    private Path tools(List<String> only) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        script(bin.resolve("mvn"), FAKE_MVN);
        script(bin.resolve("java"), FAKE_JAVA);
        if (only.isEmpty()) {
            return Path.of(bin + File.pathSeparator + System.getenv("PATH"));
        }
        for (String tool : only) {
            Path real = which(tool);
            if (real != null) {
                Files.createSymbolicLink(bin.resolve(tool), real);
            }
        }
        return bin;
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int runs(Path count) throws IOException {
        return Files.exists(count) ? (int) Files.readAllLines(count).stream().filter(l -> !l.isBlank()).count() : 0;
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean onPath(String tool) {
        return which(tool) != null;
    }

    /** On CI the launcher test must run: a missing tool fails it instead of skipping it. */
    private static boolean ciRequires() {
        return "true".equals(System.getenv("CI"));
    }
}
