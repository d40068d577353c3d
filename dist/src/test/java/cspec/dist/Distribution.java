package cspec.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The release archive, unpacked into a folder the way the README's Install section does. */
final class Distribution {
    private Distribution() {
    }

    static Path repo() {
        return Path.of(System.getenv().getOrDefault("CSPEC_REPO_ROOT", "..")).toAbsolutePath().normalize();
    }

    static Path archive() {
        String built = System.getenv("CSPEC_DIST_ARCHIVE");
        return built != null ? Path.of(built) : repo().resolve("dist/target/cspec-0.1.0.tar.gz");
    }

    /** Unpacks the tar.gz into dir and returns the cspec-VERSION folder inside it. */
    static Path unpack(Path dir) throws IOException, InterruptedException {
        Process tar = new ProcessBuilder("tar", "-xzf", archive().toString(), "-C", dir.toString()).inheritIO().start();
        if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            throw new IOException("could not unpack " + archive());
        }
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("cspec-")).findFirst().orElseThrow();
        }
    }

    /** Unpacks the archive's cspec-VERSION folder as the given folder (tar --strip-components=1). */
    static void unpackInto(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Process tar = new ProcessBuilder("tar", "-xzf", archive().toString(), "-C", folder.toString(), "--strip-components=1")
                .inheritIO().start();
        if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            throw new IOException("could not unpack " + archive());
        }
    }

    /**
     * How many findings of each severity cspec itself reports for a file (run from the archive's
     * jar in the file's folder), so tests of the CI integrations check that they pass on every
     * finding without pinning counts that change whenever a rule gets better.
     */
    static java.util.Map<String, Integer> findingCounts(Path file) throws IOException, InterruptedException {
        Path home = unpack(Files.createTempDirectory("cspec-counts"));
        Process lint = new ProcessBuilder(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", home.resolve("lib/cspec.jar").toString(), "lint", "--format", "json", "--fail-on", "never",
                file.getFileName().toString())).directory(file.getParent().toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = new String(lint.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!lint.waitFor(60, TimeUnit.SECONDS) || lint.exitValue() != 0) {
            throw new IOException("cspec lint --format json failed on " + file);
        }
        com.google.gson.JsonObject summary = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("summary");
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String severity : java.util.List.of("error", "warning", "information", "hint")) {
            counts.put(severity, summary.get(severity).getAsInt());
        }
        return counts;
    }

    /** A bin folder holding only a link to the distribution's launcher, as `ln -s` in the README makes. */
    static Path linkedBin(Path home, Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("cspec"), home.resolve("bin/cspec"));
        return bin;
    }
}
