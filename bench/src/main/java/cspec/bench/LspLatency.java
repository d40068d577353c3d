package cspec.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the built language server as an editor feels it: starts {@code cspec server} as a
 * child process, speaks JSON-RPC over its stdin/stdout, opens a generated 5,000-line contract,
 * then for each round types one character and at once asks (1) completion and (2) hover, as an
 * editor does while the user types, and times (3) the edit until the diagnostics of that version
 * are published (the debounce included, and reported beyond it). Prints p50 and p95 of each.
 * With a document count above one it first opens that many such contracts and reports the
 * server's resident memory (Linux).
 *
 * <pre>java -cp server/app/target/cspec.jar:bench/target/classes cspec.bench.LspLatency [rounds] [debounceMs] [documents] [lines]</pre>
 *
 * lines (default 5,000) sizes the contract: about 20,000 lines make a megabyte, for the
 * linearity table; the time from opening it to its first diagnostics is reported too. With
 * -Dcspec.bench.rounds=true each round is printed as well (to see whether the slow ones are the first).
 * On Linux the CPU time the server spent in each round is read from /proc (all its threads, its
 * analysis and publication threads, the collector, the compilers) and reported like the times, for
 * all rounds and for the last three quarters (after most compilation): CPU, unlike the wall clock,
 * does not depend on what else the machine runs.
 * The server gets the options every launcher gives it: jvm.options and the launchers' heap options
 * for the server (read from the checkout's ./cspec), so it runs from the repository root.
 * -Dcspec.bench.serverOptions="..." adds JVM options to the server's (a flight recording, a GC
 * log); -Dcspec.bench.dump=FILE writes the diagnostics published for the opened version and for
 * the last one, to compare two builds' findings; -Dcspec.bench.lingerSeconds=N keeps the idle server
 * running N seconds before shutdown, to inspect its heap.
 */
public final class LspLatency {
    private final Process server;
    private final OutputStream out;
    private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    /** Versions and documents whose diagnostics arrived, seen while waiting for anything else. */
    private final Set<Integer> publishedVersions = new HashSet<>();
    private final Set<String> publishedUris = new HashSet<>();
    /** The diagnostics published per version of the measured document, kept only for -Dcspec.bench.dump. */
    private final Map<Integer, JsonElement> publishedDiagnostics = new HashMap<>();
    private String measuredUri;
    private int nextId = 1;

    private LspLatency(List<String> command) throws IOException {
        server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = server.getOutputStream();
        Thread reader = new Thread(() -> read(new BufferedInputStream(server.getInputStream())), "lsp-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int debounce = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int lines = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(serverOptions());
        command.addAll(launcherServerHeap());
        String extra = System.getProperty("cspec.bench.serverOptions", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath, "cspec.lsp.ServerCommand"));
        LspLatency client = new LspLatency(command);
        Path dir = Files.createTempDirectory("cspec-bench");
        Path file = dir.resolve("large.cspec");
        String text = contract(lines);
        Files.writeString(file, text);
        client.run(dir, file, text, rounds, debounce, documents);
    }

    /** The JVM options the launchers give the server: the one options file, comments left out. */
    private static List<String> serverOptions() throws IOException {
        Path options = Path.of("server/app/src/dist/jvm.options");
        if (!Files.exists(options)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(options)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                out.addAll(List.of(line.strip().split("\\s+")));
            }
        }
        return out;
    }

    /**
     * The heap options the launchers add for the server alone (the checkout launcher's SERVER_HEAP
     * line; all four launchers and the editor extension give the same): the server is measured as
     * it runs. None when the launcher sets none.
     */
    static List<String> launcherServerHeap() throws IOException {
        Path launcher = Path.of("cspec");
        if (!Files.exists(launcher)) {
            return List.of();
        }
        Matcher options = Pattern.compile("server\\).*SERVER_HEAP=\\(([^)]*)\\)").matcher(Files.readString(launcher));
        if (!options.find() || options.group(1).isBlank()) {
            return List.of();
        }
        return List.of(options.group(1).strip().split("\\s+"));
    }

    private void run(Path dir, Path file, String text, int rounds, int debounce, int documents) throws Exception {
        JsonObject init = new JsonObject();
        init.addProperty("processId", ProcessHandle.current().pid());
        init.addProperty("rootUri", dir.toUri().toString());
        init.add("capabilities", new JsonObject());
        JsonObject options = new JsonObject();
        options.addProperty("debounce", debounce);
        init.add("initializationOptions", options);
        request("initialize", init);
        notify("initialized", new JsonObject());
        String uri = file.toUri().toString();
        measuredUri = uri;
        JsonObject item = new JsonObject();
        item.addProperty("uri", uri);
        item.addProperty("languageId", "cspec");
        item.addProperty("version", 1);
        item.addProperty("text", text);
        JsonObject open = new JsonObject();
        open.add("textDocument", item);
        long opened = System.nanoTime();
        notify("textDocument/didOpen", open);
        awaitDiagnostics(1);
        System.out.printf("open to first diagnostics (%.2f MB, %d lines, debounce included): %.1f ms%n",
                text.length() / 1e6, text.lines().count(), millis(opened));
        if (documents > 1) {
            openMore(dir, text, documents - 1);
        }
        int line = lineOf(text, "    must GEN-1000:");
        List<Double> edits = new ArrayList<>();
        List<Double> completions = new ArrayList<>();
        List<Double> hovers = new ArrayList<>();
        List<Double> serverCpu = new ArrayList<>();
        List<Double> analysisCpu = new ArrayList<>();
        List<Double> publishCpu = new ArrayList<>();
        List<Double> collectorCpu = new ArrayList<>();
        List<Double> compilerCpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            int version = i + 2;
            Map<String, Long> cpuBefore = threadCpuNanos();
            long edited = System.nanoTime();
            notify("textDocument/didChange", change(uri, version, line, 20 + (i % 10)));
            long start = System.nanoTime();
            request("textDocument/completion", position(uri, line + 2, 4));
            completions.add(millis(start));
            start = System.nanoTime();
            request("textDocument/hover", position(uri, line, 13));
            hovers.add(millis(start));
            awaitDiagnostics(version);
            edits.add(millis(edited) - debounce);
            Map<String, Long> cpuAfter = threadCpuNanos();
            serverCpu.add(cpuMillis(cpuBefore, cpuAfter, null));
            analysisCpu.add(cpuMillis(cpuBefore, cpuAfter, "cspec-analysis"));
            publishCpu.add(cpuMillis(cpuBefore, cpuAfter, "cspec-publish"));
            collectorCpu.add(cpuMillis(cpuBefore, cpuAfter, "VM Thread") + cpuMillis(cpuBefore, cpuAfter, "GC Thread")
                    + cpuMillis(cpuBefore, cpuAfter, "G1 "));
            compilerCpu.add(cpuMillis(cpuBefore, cpuAfter, "C2 CompilerThre") + cpuMillis(cpuBefore, cpuAfter, "C1 CompilerThre"));
            if (Boolean.getBoolean("cspec.bench.rounds")) {
                System.out.printf("round %2d: diagnostics %+7.1f ms, completion %6.1f ms, hover %6.1f ms;"
                        + " server CPU %7.1f ms (analysis %7.1f, publication %7.1f, collector %7.1f, compilers %7.1f)%n",
                        i + 1, edits.get(i), completions.get(i), hovers.get(i), serverCpu.get(i), analysisCpu.get(i),
                        publishCpu.get(i), collectorCpu.get(i), compilerCpu.get(i));
            }
            Thread.sleep(50);
        }
        report("edit to published diagnostics, beyond the " + debounce + " ms debounce", edits);
        // The analysis starts at the edit and overlaps the debounce, so the figure beyond it is not
        // proportional to the work: this one is, for comparing sizes.
        report("edit to published diagnostics, debounce included", edits.stream().map(e -> e + debounce).toList());
        report("completion right after the edit", completions);
        report("hover right after the edit", hovers);
        if (!serverCpu.isEmpty() && serverCpu.get(0) > 0) { // Linux: the server's CPU read from /proc
            report("server CPU per round, all threads", serverCpu);
            report("server CPU per round, analysis thread", analysisCpu);
            report("server CPU per round, publication thread", publishCpu);
            report("server CPU per round, garbage collector", collectorCpu);
            report("server CPU per round, JIT compilers", compilerCpu);
            List<Integer> settled = new ArrayList<>();
            for (int i = rounds / 4; i < rounds; i++) {
                settled.add(i);
            }
            report("server CPU per round, last three quarters", pick(serverCpu, settled));
            report("... analysis thread, last three quarters", pick(analysisCpu, settled));
            report("... garbage collector, last three quarters", pick(collectorCpu, settled));
            report("edit to diagnostics, last three quarters", pick(edits, settled));
        }
        String dump = System.getProperty("cspec.bench.dump");
        if (dump != null) {
            JsonObject both = new JsonObject();
            both.add("opened", publishedDiagnostics.get(1));
            both.add("last", publishedDiagnostics.get(rounds + 1));
            Files.writeString(Path.of(dump), both.toString().replace(dir.toUri().toString(), "DIR/"));
        }
        System.out.printf("server resident memory with %d document(s) open: %d MB%n", documents, residentMegabytes());
        long linger = Long.getLong("cspec.bench.lingerSeconds", 0);
        if (linger > 0) { // time to look at the idle server (jcmd PID GC.class_histogram)
            System.out.printf("server %d idle for %d s%n", server.pid(), linger);
            Thread.sleep(linger * 1000);
        }
        request("shutdown", null);
        notify("exit", null);
        server.waitFor(10, TimeUnit.SECONDS);
    }

    /** Opens count more copies of the contract (each its own file) and waits for their diagnostics. */
    private void openMore(Path dir, String text, int count) throws Exception {
        for (int k = 0; k < count; k++) {
            Path other = dir.resolve("copy-" + k + ".cspec");
            String copy = text.replace("contract \"Generated\"", "contract \"Generated " + k + "\"");
            Files.writeString(other, copy);
            JsonObject item = new JsonObject();
            item.addProperty("uri", other.toUri().toString());
            item.addProperty("languageId", "cspec");
            item.addProperty("version", 1);
            item.addProperty("text", copy);
            JsonObject open = new JsonObject();
            open.add("textDocument", item);
            notify("textDocument/didOpen", open);
            awaitDiagnosticsOf(other.toUri().toString());
        }
    }

    /**
     * CPU time so far of each live thread of the server, by thread id, as "id name" keys
     * (/proc/PID/task/TID/schedstat, nanoseconds on the CPU; Linux); empty elsewhere.
     */
    private Map<String, Long> threadCpuNanos() {
        Map<String, Long> out = new HashMap<>();
        Path tasks = Path.of("/proc/" + server.pid() + "/task");
        try (var threads = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) threads::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    long nanos = Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]);
                    out.put(t.getFileName() + " " + name, nanos);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static List<Double> pick(List<Double> all, List<Integer> indexes) {
        List<Double> out = new ArrayList<>();
        for (int i : indexes) {
            out.add(all.get(i));
        }
        return out;
    }

    /** CPU milliseconds between two readings, of the threads whose name starts so (all when name is null). */
    private static double cpuMillis(Map<String, Long> before, Map<String, Long> after, String name) {
        long sum = 0;
        for (var e : after.entrySet()) {
            if (name == null || e.getKey().substring(e.getKey().indexOf(' ') + 1).startsWith(name)) {
                sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            }
        }
        return sum / 1e6;
    }

    /** The server's resident set size from /proc (Linux); -1 elsewhere. */
    private long residentMegabytes() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private void awaitDiagnosticsOf(String uri) throws Exception {
        while (!publishedUris.contains(uri)) {
            answerServerRequest(take());
        }
    }

    /** A contract of about the given number of lines: header, definitions, sections of requirements, SLAs. */
    static String contract(int lines) {
        StringBuilder b = new StringBuilder("contract \"Generated\" {\n    client \"Example Corp\"\n"
                + "    provider \"Acme\" as \"Supplier\"\n    effective 2027-01-01\n}\n\ndefinitions {\n"
                + "    \"Security Incident\" means an event that may harm Client Data.\n"
                + "    \"Client Data\" means all data the Client gives the Supplier.\n}\n\n");
        int n = 1;
        int section = 0;
        int written = 12;
        while (written < lines) {
            b.append("section s").append(section).append(" \"Section ").append(section).append("\" {\n");
            for (int k = 0; k < 20; k++, n++) {
                b.append("    must GEN-").append(n).append(": The Supplier must report each Security Incident\n")
                        .append("        to the Client within 4 hours [GEN-").append(Math.max(1, n - 1)).append("].\n");
            }
            b.append("    sla sla").append(section).append(" \"Levels\" {\n        measured monthly\n")
                    .append("        severity P1 \"Critical\" response within 15 minutes resolution within 4 hours\n")
                    .append("        availability 99.9%\n        report monthly\n        credit 5% per breach cap 20%\n    }\n}\n\n");
            written += 20 * 2 + 10;
            section++;
        }
        return b.toString();
    }

    private static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static JsonObject change(String uri, int version, int line, int character) {
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        doc.addProperty("version", version);
        JsonObject range = new JsonObject();
        range.add("start", pos(line, character));
        range.add("end", pos(line, character));
        JsonObject c = new JsonObject();
        c.add("range", range);
        c.addProperty("text", version % 2 == 0 ? "x" : "");
        JsonArray changes = new JsonArray();
        changes.add(c);
        JsonObject p = new JsonObject();
        p.add("textDocument", doc);
        p.add("contentChanges", changes);
        return p;
    }

    private static JsonObject position(String uri, int line, int character) {
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        JsonObject p = new JsonObject();
        p.add("textDocument", doc);
        p.add("position", pos(line, character));
        return p;
    }

    private static JsonObject pos(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }

    private JsonElement request(String method, JsonElement params) throws Exception {
        int id = nextId++;
        send(method, params, id);
        while (true) {
            JsonObject m = take();
            if (m.has("id") && !m.has("method") && m.get("id").getAsInt() == id) {
                if (m.has("error")) {
                    throw new IllegalStateException(method + " failed: " + m.get("error"));
                }
                return m.get("result");
            }
            answerServerRequest(m);
        }
    }

    private void awaitDiagnostics(int version) throws Exception {
        while (!publishedVersions.contains(version)) {
            answerServerRequest(take());
        }
    }

    /** workspace/configuration and the like: answer with nothing so the server goes on. */
    private void answerServerRequest(JsonObject m) throws IOException {
        if (m.has("method") && m.has("id")) {
            JsonObject reply = new JsonObject();
            reply.addProperty("jsonrpc", "2.0");
            reply.add("id", m.get("id"));
            JsonArray empty = new JsonArray();
            empty.add(new JsonObject());
            reply.add("result", "workspace/configuration".equals(m.get("method").getAsString()) ? empty : null);
            write(reply);
        }
    }

    /** The next message; published diagnostics are noted whoever is waiting, so none is missed. */
    private JsonObject take() throws InterruptedException {
        JsonObject m = incoming.poll(120, TimeUnit.SECONDS);
        if (m == null) {
            throw new IllegalStateException("the server sent nothing for 120 s");
        }
        if ("textDocument/publishDiagnostics".equals(m.has("method") ? m.get("method").getAsString() : "")) {
            JsonObject p = m.getAsJsonObject("params");
            publishedUris.add(p.get("uri").getAsString());
            if (p.has("version") && !p.get("version").isJsonNull()) {
                publishedVersions.add(p.get("version").getAsInt());
                if (System.getProperty("cspec.bench.dump") != null && p.get("uri").getAsString().equals(measuredUri)) {
                    publishedDiagnostics.put(p.get("version").getAsInt(), p.get("diagnostics"));
                }
            }
        }
        return m;
    }

    private void notify(String method, JsonElement params) throws IOException {
        send(method, params, null);
    }

    private void send(String method, JsonElement params, Integer id) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        if (id != null) {
            m.addProperty("id", id);
        }
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        write(m);
    }

    private synchronized void write(JsonObject m) throws IOException {
        byte[] body = m.toString().getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                StringBuilder header = new StringBuilder();
                while (true) {
                    int c = in.read();
                    if (c < 0) {
                        return;
                    }
                    if (c == '\n') {
                        String line = header.toString().trim();
                        header.setLength(0);
                        if (line.isEmpty()) {
                            break;
                        }
                        if (line.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).trim());
                        }
                    } else {
                        header.append((char) c);
                    }
                }
                byte[] body = in.readNBytes(length);
                incoming.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("reader stopped: " + e);
        }
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        // The mean as well: where every other edit pays a full collection, the median hides it.
        System.out.printf("%-55s n=%d  p50=%8.1f ms  p95=%8.1f ms  max=%8.1f ms  mean=%8.1f ms%n", what, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1),
                sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
