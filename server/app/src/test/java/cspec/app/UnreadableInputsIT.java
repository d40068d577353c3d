package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file and a folder the disk refuses, linted with the built jar: each is an unreadable-file
 * finding in every report format, the other file is still linted and reported, and the run exits
 * 2 even with --fail-on never. (Before, the unreadable file aborted the run without any other
 * finding, and the unreadable folder was passed over with exit 0.) Permissions do not stop root,
 * so as root the jar runs as the user nobody (through setpriv); without setpriv the test is skipped.
 */
class UnreadableInputsIT {
    private static final String BROKEN = "contract \"X\" {\n    client \"A\"\n}\n\nsection s \"S\" {\n"
            + "    shoud A-1 (weight 5): The Provider should report each alert.\n}\n";

    /** How each format writes one unreadable-file finding. */
    private static final java.util.Map<String, String> FINDING = java.util.Map.of(
            "text", "[unreadable-file]",
            "json", "\"rule\": \"unreadable-file\"",
            "sarif", "\"ruleId\": \"unreadable-file\"",
            "github", "title=unreadable-file::",
            "gitlab", "\"check_name\": \"unreadable-file\"");

    private Path work;

    @BeforeEach
    void lockedFiles() throws IOException {
        work = Files.createTempDirectory("cspec-unreadable");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(work.resolve("broken.cspec"), BROKEN);
        Files.writeString(work.resolve("locked.cspec"), BROKEN);
        Path folder = Files.createDirectories(work.resolve("locked-folder"));
        Files.writeString(folder.resolve("inner.cspec"), BROKEN);
        Files.setPosixFilePermissions(work.resolve("locked.cspec"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    }

    @AfterEach
    void unlock() throws IOException {
        Files.setPosixFilePermissions(work.resolve("locked-folder"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(work.resolve("locked.cspec"), PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.walk(work)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github", "gitlab"})
    void everyFormatReportsWhatCouldNotBeReadBesideTheOtherFindingsAndExitsTwo(String format) throws Exception {
        List<String> command = asAnotherUserWhenRoot();
        command.addAll(List.of(java(), "-jar", jar().toString(), "lint", "--format", format, "--fail-on", "never", "."));
        Process process = new ProcessBuilder(command).directory(work.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "cspec did not finish");

        String both = "--- stdout\n" + out + "--- stderr\n" + err;
        assertEquals(2, process.exitValue(), both);
        assertTrue(out.contains("broken.cspec") && out.contains("syntax"), "the readable file is still linted: " + both);
        assertEquals(2, count(out, FINDING.get(format)), "one finding for the file, one for the folder: " + both);
        assertTrue(out.contains("locked.cspec") && out.contains("locked-folder"), both);
        assertTrue(err.contains("cspec: 2 files or folders could not be read"), both);
    }

    /** As root, nobody (uid 65534): permissions do not stop root. */
    private static List<String> asAnotherUserWhenRoot() throws Exception {
        List<String> prefix = new ArrayList<>();
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        id.waitFor(30, TimeUnit.SECONDS);
        if ("0".equals(uid)) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "as root, setpriv is needed to run as another user");
            prefix.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        return prefix;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        String fromBuild = System.getenv("CSPEC_REPO_ROOT");
        Path repo = fromBuild != null ? Path.of(fromBuild) : Path.of("").toAbsolutePath().getParent().getParent();
        Path jar = repo.resolve("server/app/target/cspec.jar");
        assertTrue(Files.isRegularFile(jar), "the jar is built before integration tests: " + jar);
        return jar;
    }
}
