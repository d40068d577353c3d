package cspec.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user meets it: unpacked anywhere, its launcher linked onto PATH and
 * run from another folder, with the JVM options of lib/jvm.options.
 */
class DistributionIT {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run cspec(Path bin, Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(bin.resolve("cspec").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(cwd.toFile());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "cspec did not finish");
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void theArchiveHoldsTheJarItsClassDataArchiveTheLaunchersTheJvmOptionsAndTheReadme() throws Exception {
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(Distribution.archive().toString().replace(".tar.gz", ".zip"))) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
            String cmd = new String(zip.getInputStream(zip.getEntry("cspec-0.1.0/bin/cspec.cmd")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(cmd.contains("\r\n"), "the Windows launcher has Windows line ends");
            assertTrue(cmd.contains("@%CSPEC_HOME%\\lib\\jvm.options"), cmd);
        }
        assertEquals(new TreeSet<>(Set.of("cspec-0.1.0/LICENSE", "cspec-0.1.0/README.md", "cspec-0.1.0/bin/cspec",
                "cspec-0.1.0/bin/cspec.cmd", "cspec-0.1.0/lib/cspec.jar", "cspec-0.1.0/lib/cspec.jsa",
                "cspec-0.1.0/lib/cspec.jsa.jdk",
                "cspec-0.1.0/lib/jvm.options")), names);
    }

    /**
     * The class-data archive is static (it holds the JDK's classes too), so one that does not fit
     * would leave the JVM with no archive at all: the launcher passes it only to the JDK that
     * lib/cspec.jsa.jdk names (its folder and version), with the jar as /dev/fd/9, the path it
     * was made with. A stand-in java prints what it is given.
     */
    @Test
    void theLauncherPassesTheClassDataArchiveOnlyToTheJdkThatMadeIt() throws Exception {
        Path home = Distribution.unpack(tmp).toRealPath();
        Path jdk = Files.createDirectories(tmp.resolve("fake-jdk")).toRealPath();
        Path fakeBin = Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(fakeBin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        assertTrue(fakeBin.resolve("java").toFile().setExecutable(true));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.99\"\nJAVA_RUNTIME_VERSION=\"17.0.99+1\"\n");
        String archive = " -XX:SharedArchiveFile=" + home.resolve("lib/cspec.jsa") + " ";
        Path jar = home.resolve("lib/cspec.jar");
        String jarAsMade = Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) + " " + Files.size(jar);

        Files.writeString(home.resolve("lib/cspec.jsa.jdk"), jdk + "\nJAVA_RUNTIME_VERSION=\"17.0.99+1\"\n" + jarAsMade + "\n");
        String made = fakeJava(home, fakeBin);
        assertTrue(made.contains(archive) && made.contains(" -jar /dev/fd/9 rules"), "the JDK that made it: " + made);

        // A copy that did not keep the jar's time: the JVM would refuse the archive, and every other.
        Files.writeString(home.resolve("lib/cspec.jsa.jdk"), jdk + "\nJAVA_RUNTIME_VERSION=\"17.0.99+1\"\n"
                + (Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) - 3600) + " " + Files.size(jar) + "\n");
        String otherTime = fakeJava(home, fakeBin);
        assertTrue(!otherTime.contains("SharedArchiveFile") && otherTime.contains(" -jar " + jar),
                "the jar's time changed: the JVM's own archive: " + otherTime);

        Files.writeString(home.resolve("lib/cspec.jsa.jdk"), jdk + "\nJAVA_RUNTIME_VERSION=\"17.0.98+1\"\n" + jarAsMade + "\n");
        String otherVersion = fakeJava(home, fakeBin);
        assertTrue(!otherVersion.contains("SharedArchiveFile") && otherVersion.contains(" -jar " + home.resolve("lib/cspec.jar")),
                "another version in the same folder: the JVM's own archive: " + otherVersion);

        Files.writeString(home.resolve("lib/cspec.jsa.jdk"), tmp.resolve("elsewhere") + "\nJAVA_RUNTIME_VERSION=\"17.0.99+1\"\n" + jarAsMade + "\n");
        assertTrue(!fakeJava(home, fakeBin).contains("SharedArchiveFile"), "another JDK folder: the JVM's own archive");
    }

    private static String fakeJava(Path home, Path fakeBin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/cspec").toString(), "rules");
        pb.environment().put("PATH", fakeBin + File.pathSeparator + System.getenv("PATH"));
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        return out;
    }

    /**
     * Unpacked anywhere, the launcher passes the archive to the build's JDK and that JDK maps it:
     * with -Xshare:on the JVM stops with an error instead of running without one. (Before, the
     * archive fitted only the build's folder.) The launcher runs under sh -x, whose trace shows
     * the command it ran.
     */
    @Test
    void theClassDataArchiveFitsWhereverTheReleaseIsUnpacked() throws Exception {
        Path home = Distribution.unpack(Files.createDirectories(tmp.resolve("some/other/place")));
        List<String> madeBy = Files.readAllLines(home.resolve("lib/cspec.jsa.jdk"));
        assertEquals(Path.of(System.getProperty("java.home")).toRealPath().toString(), madeBy.get(0),
                "the tests run on the JDK that built the release");
        ProcessBuilder pb = new ProcessBuilder("sh", "-x", home.resolve("bin/cspec").toString(), "--version");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "cspec did not finish");
        assertEquals(0, p.exitValue(), err);
        assertTrue(out.startsWith("cspec 0.1.0"), out);
        assertTrue(err.contains("-XX:SharedArchiveFile=") && err.contains("-jar /dev/fd/9 --version"),
                "the launcher passed the archive: " + err);
    }

    @Test
    void theLinkedLauncherLintsFromAnyFolder() throws Exception {
        Path home = Distribution.unpack(tmp);
        Path bin = Distribution.linkedBin(home, tmp);
        Path work = Files.createDirectories(tmp.resolve("contracts"));
        Files.copy(Distribution.repo().resolve("samples/first-draft.cspec"), work.resolve("draft.cspec"));
        Run version = cspec(bin, work, "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("cspec 0.1.0"), version.out());
        Run lint = cspec(bin, work, "lint", "draft.cspec");
        assertEquals(1, lint.code(), "the first draft has errors: " + lint.err());
        assertTrue(lint.out().contains("draft.cspec:37:10: error: The ID `MON-1` is already used"), lint.out());
    }

    @Test
    void theLauncherReadsLibJvmOptions() throws Exception {
        Path home = Distribution.unpack(tmp);
        Path bin = Distribution.linkedBin(home, tmp);
        // An option the JVM refuses proves the file is read; a comment line proves comments are allowed.
        Files.writeString(home.resolve("lib/jvm.options"), "# tuned by the performance work\n-XX:+NoSuchOptionForCspec\n");
        Run run = cspec(bin, tmp, "--version");
        assertTrue(run.code() != 0 && run.err().contains("NoSuchOptionForCspec"), run.err());
    }

    @Test
    void withoutJavaItSaysWhatToInstall() throws Exception {
        Path home = Distribution.unpack(tmp);
        Path bin = Distribution.linkedBin(home, tmp);
        // PATH with the shell's tools but no java, and no JAVA_HOME.
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("readlink", "dirname")) {
            Path real = Path.of("/usr/bin", tool);
            if (Files.exists(real)) {
                Files.createSymbolicLink(tools.resolve(tool), real);
            }
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", bin.resolve("cspec").toString(), "--version");
        pb.environment().put("PATH", tools.toString());
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor());
        assertTrue(err.contains("Java 17 or newer is needed") && err.contains("JAVA_HOME"), err);
    }
}
