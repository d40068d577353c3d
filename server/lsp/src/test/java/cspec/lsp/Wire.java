package cspec.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import cspec.lsp.testing.MemoryPipe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The production server ({@link ServerCommand#serve}) spoken to byte by byte, the way a broken
 * or hostile client would: the test writes raw bytes, and reads back every frame the server sends.
 */
final class Wire implements AutoCloseable {
    private static final long WAIT_MILLIS = 20_000;

    private final OutputStream toServer;
    private final InputStream fromServer;
    private final List<JsonObject> received = new ArrayList<>();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    /** Over {@link MemoryPipe}s: the server writes from threads that come and go. */
    Wire() throws IOException {
        MemoryPipe in = new MemoryPipe();
        MemoryPipe out = new MemoryPipe();
        toServer = in.writeEnd();
        InputStream serverIn = in.readEnd();
        OutputStream serverOut = out.writeEnd();
        fromServer = out.readEnd();
        daemon("wire-server", () -> {
            try {
                exitCode.complete(ServerCommand.serve(serverIn, serverOut));
            } finally {
                out.closeWriteEnd(); // so the reader ends with the server instead of waiting for ever
            }
        });
        daemon("wire-reader", this::readFrames);
    }

    /** A well-framed message. */
    static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    static String notification(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    /** Initializes the server as an editor would, with no workspace folder. */
    Wire initialized() throws IOException {
        send(frame(request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}")));
        response(1);
        send(frame(notification("initialized", "{}")));
        return this;
    }

    void send(String raw) throws IOException {
        send(raw.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] raw) throws IOException {
        toServer.write(raw);
        toServer.flush();
    }

    /** The response to the request with this id; fails the test when none comes. */
    JsonObject response(int id) {
        return await("a response to request " + id,
                m -> m.has("id") && !m.has("method") && m.get("id").isJsonPrimitive() && m.get("id").getAsInt() == id);
    }

    /** The first notification of this method whose params match. */
    JsonObject awaitNotification(String method, Predicate<JsonObject> params) {
        return await(method, m -> m.has("method") && m.get("method").getAsString().equals(method)
                && params.test(m.getAsJsonObject("params")));
    }

    synchronized List<JsonObject> received() {
        return List.copyOf(received);
    }

    /** The server's exit code; fails the test when the server has not ended in time. */
    int awaitExit() throws Exception {
        try {
            return exitCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the server did not end within " + WAIT_MILLIS + " ms", e);
        }
    }

    private synchronized JsonObject await(String what, Predicate<JsonObject> test) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (true) {
            for (JsonObject m : received) {
                if (test.test(m)) {
                    return m;
                }
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new AssertionError("the server sent no " + what + "; it sent " + received);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The server's own frames are trusted: a Content-Length header, a blank line, the JSON. */
    private void readFrames() {
        try {
            while (true) {
                int length = -1;
                for (String line = readLine(fromServer); !line.isEmpty(); line = readLine(fromServer)) {
                    if (line.startsWith("Content-Length:")) {
                        length = Integer.parseInt(line.substring("Content-Length:".length()).trim());
                    }
                }
                JsonObject message = JsonParser.parseString(new String(fromServer.readNBytes(length), StandardCharsets.UTF_8))
                        .getAsJsonObject();
                synchronized (this) {
                    received.add(message);
                    notifyAll();
                }
            }
        } catch (IOException | RuntimeException end) {
            // The server closed its output.
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("end of stream");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        toServer.close();
    }
}
