package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SECURITY.md says cspec is silent on the network; this checks it on the built jar, at the level
 * of the operating system: every command (lint in each format and with --fix, format, new,
 * builtins, rules, and a language server session) runs under strace, and no internet socket may
 * be connected, bound, listened on, or sent or received on. The JVM itself creates two
 * unconnected probe sockets at start-up (IPv6 and SO_REUSEPORT support); creating and closing
 * them carries nothing and is allowed. Skipped without strace, except under CI=true, where
 * .ci/run installs it.
 */
class NetworkSilenceIT {
    /** A use of a socket that could carry data, on an internet socket. */
    private static final Pattern USE = Pattern.compile("^\\d+\\s+(connect|bind|listen|accept4?|sendto|sendmsg|sendmmsg"
            + "|recvfrom|recvmsg|recvmmsg)\\((\\d+)");
    private static final Pattern SOCKET = Pattern.compile("^\\d+\\s+socket\\((AF_\\w+),.*=\\s*(\\d+)$");

    @TempDir
    Path work;
    private String strace;
    private Path jar;

    /** strace, the built jar, and a copy of the samples to lint, fix and format. */
    private void prepare() throws IOException {
        strace = Checkout.findOnPath("strace");
        if (strace == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("strace is not installed, and CI=true requires the network-silence test to run (apt-get install strace)");
            }
            Assumptions.abort("strace is not installed: skipping the network-silence test (apt-get install strace)");
        }
        jar = Checkout.root().resolve("server/app/target/cspec.jar");
        assertTrue(Files.isRegularFile(jar), "the jar is built before integration tests: " + jar);
        copy(Checkout.root().resolve("samples"), work.resolve("samples"));
    }

    @Test
    void noCommandTouchesTheNetwork() throws Exception {
        prepare();
        List<List<String>> commands = new ArrayList<>();
        for (String format : List.of("text", "json", "sarif", "github", "gitlab")) {
            commands.add(List.of("lint", "--format", format, "samples"));
        }
        // The procurement commands, which bring POI, PDFBox and the templates (before --fix changes the sample).
        for (String format : List.of("html", "markdown", "docx")) {
            commands.add(List.of("render", "samples/managed-soc.cspec", "--to", format, "--overwrite"));
        }
        for (String format : List.of("csv", "xlsx")) {
            commands.add(List.of("matrix", "samples/managed-soc.cspec", "--to", format, "--overwrite"));
        }
        commands.add(List.of("lint", "--fix", "samples"));
        commands.add(List.of("format", "samples"));
        commands.add(List.of("new", "--profile", "soc-services", "samples/new-contract.cspec"));
        commands.add(List.of("builtins", "--export", "exported"));
        commands.add(List.of("rules"));
        for (List<String> command : commands) {
            String out = assertSilent(command, null);
            if (List.of("render", "matrix").contains(command.get(0))) {
                assertTrue(out.startsWith("Wrote "), "cspec " + command + " did its work: " + out);
            }
        }
    }

    @Test
    void aLanguageServerSessionTouchesNoNetwork() throws Exception {
        prepare();
        String uri = work.resolve("samples/managed-soc.cspec").toUri().toString();
        String text = Files.readString(work.resolve("samples/managed-soc.cspec"));
        String document = "{\"uri\":\"" + uri + "\"}";
        List<String> session = List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
                        + work.resolve("samples").toUri() + "\",\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                        + "\",\"languageId\":\"cspec\",\"version\":1,\"text\":" + new com.google.gson.Gson().toJson(text) + "}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":" + document + "}}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":" + document
                        + ",\"position\":{\"line\":5,\"character\":2}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (String message : session) {
            byte[] body = message.getBytes(StandardCharsets.UTF_8);
            input.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            input.write(body);
        }
        Path stdin = Files.write(work.resolve("session.bin"), input.toByteArray());

        String out = assertSilent(List.of("server"), stdin);

        assertTrue(out.contains("\"id\":4"), "the session ran to its shutdown answer: " + out);
    }

    /** Runs one cspec command under strace; fails on any use of an internet socket. Returns stdout. */
    private String assertSilent(List<String> arguments, Path stdin) throws Exception {
        Path log = work.resolve("strace.log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(strace, "-f", "-qq", "-e", "trace=%network", "-o", log.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectError(work.resolve("stderr.txt").toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        if (stdin == null) {
            process.getOutputStream().close();
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "cspec " + arguments + " did not finish");
        String trace = Files.exists(log) ? Files.readString(log) : "";
        if (!trace.contains("socket(") && !trace.contains("connect(")) {
            String why = Files.readString(work.resolve("stderr.txt"));
            Assumptions.assumeTrue(!why.contains("strace:"), "strace cannot trace here: " + why);
        }
        assertEquals(List.of(), internetUses(trace), "cspec " + arguments + " used the network:\n" + trace);
        return out;
    }

    /** The lines of a strace log that use an internet socket (by its address, or by an fd one was made on). */
    static List<String> internetUses(String trace) {
        Set<String> internetFds = new HashSet<>();
        List<String> uses = new ArrayList<>();
        for (String line : trace.lines().toList()) {
            Matcher socket = SOCKET.matcher(line);
            if (socket.find()) {
                if (socket.group(1).equals("AF_INET") || socket.group(1).equals("AF_INET6")) {
                    internetFds.add(socket.group(2));
                } else {
                    internetFds.remove(socket.group(2));
                }
                continue;
            }
            Matcher use = USE.matcher(line);
            if (use.find() && (internetFds.contains(use.group(2)) || line.contains("AF_INET"))) {
                uses.add(line);
            }
        }
        return uses;
    }

    /** The check itself can fail: a connection attempt in a trace is caught, the JVM's probes and local sockets are not. */
    @Test
    void theCheckSeesAConnection() {
        String trace = """
                101 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 7
                101 setsockopt(7, SOL_SOCKET, SO_REUSEPORT, [1], 4) = 0
                102 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 9
                102 connect(9, {sa_family=AF_INET6, sin6_port=htons(443)}, 28) = -1 EINPROGRESS
                103 socket(AF_UNIX, SOCK_STREAM, 0) = 7
                103 connect(7, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT
                """;
        assertEquals(1, internetUses(trace).size(), internetUses(trace).toString());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
