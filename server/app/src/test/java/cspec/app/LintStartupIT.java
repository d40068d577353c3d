package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The procurement module (and POI, PDFBox and the templates with it) stays off the path of lint
 * and of the language server: the shipped jar, run with the JVM's class-loading log, loads none
 * of their classes for `lint` or for a server session (initialize, shutdown, exit).
 */
class LintStartupIT {
    private static final List<String> OFF_THE_PATH = List.of("cspec.procurement.", "cspec.app.procurement.Actions",
            "cspec.app.EditorActions", "org.apache.poi.", "org.apache.pdfbox.", "org.apache.xmlbeans.", "com.samskivert.",
            "org.apache.commons.compress.");

    @TempDir
    Path folder;

    private static Path repo() {
        String root = System.getenv("CSPEC_REPO_ROOT");
        return root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
    }

    private List<String> loadedBy(byte[] input, String... args) throws IOException, InterruptedException {
        Path log = folder.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-jar", repo().resolve("server/app/target/cspec.jar").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo().toFile()).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        process.getInputStream().transferTo(printed);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "cspec did not finish");
        assertEquals(0, process.exitValue(), printed.toString(StandardCharsets.UTF_8));
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String[] parts = line.split(" ");
            if (parts.length > 1) {
                classes.add(parts[1]);
            }
        }
        return classes;
    }

    private static void assertNothingOfProcurement(List<String> classes) {
        assertTrue(classes.size() > 500, "the class-loading log is nearly empty: " + classes.size());
        List<String> loaded = classes.stream().filter(c -> OFF_THE_PATH.stream().anyMatch(c::startsWith)).toList();
        assertEquals(List.of(), loaded, "loaded although the command does not need them");
    }

    @Test
    void lintLoadsNothingOfProcurement() throws IOException, InterruptedException {
        assertNothingOfProcurement(loadedBy(new byte[0], "lint", "samples/managed-soc.cspec"));
    }

    @Test
    void theServerStartsAndStopsWithoutLoadingProcurement() throws IOException, InterruptedException {
        StringBuilder session = new StringBuilder();
        for (String message : List.of("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")) {
            session.append("Content-Length: ").append(message.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(message);
        }
        assertNothingOfProcurement(loadedBy(session.toString().getBytes(StandardCharsets.UTF_8), "server"));
    }
}
