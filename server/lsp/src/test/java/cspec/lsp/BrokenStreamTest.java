package cspec.lsp;

import static cspec.lsp.Wire.frame;
import static cspec.lsp.Wire.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken stream costs the broken message, never the connection: the server skips to the next
 * Content-Length header, says so in the editor's log, and answers every later well-framed
 * message. (LSP4J's own reader lost its place for good on each of these.)
 */
class BrokenStreamTest {
    private static final String HOVER_PARAMS =
            "{\"textDocument\":{\"uri\":\"file:///nowhere/x.cspec\"},\"position\":{\"line\":0,\"character\":0}}";
    private static final String HOVER = request(5, "textDocument/hover", HOVER_PARAMS);

    static Stream<Arguments> brokenFrames() {
        return Stream.of(
                arguments("a message without any header", HOVER),
                arguments("headers without Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + HOVER),
                arguments("a Content-Length shorter than the message", "Content-Length: 10\r\n\r\n" + HOVER),
                arguments("a Content-Length longer than the message", "Content-Length: 500\r\n\r\n" + HOVER),
                arguments("a Content-Length that is not a number", "Content-Length: twelve\r\n\r\n" + HOVER),
                arguments("a negative Content-Length", "Content-Length: -5\r\n\r\n" + HOVER),
                arguments("a Content-Length beyond any message", "Content-Length: 99999999999\r\n\r\n" + HOVER),
                arguments("a header line that never ends", "X-Padding: " + "x".repeat(100_000)),
                arguments("binary noise", "\u0000\u00ff\u0001 noise {[\"\r\n\r\n\r\n"),
                arguments("a body that is not JSON", frame("this is not JSON")),
                arguments("a body cut off inside a string", "Content-Length: 30\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFrames")
    void afterABrokenFrameEveryWellFramedMessageIsAnswered(String name, String broken) throws Exception {
        try (Wire wire = new Wire().initialized()) {
            wire.send(broken);
            wire.send(frame(request(7, "textDocument/hover", HOVER_PARAMS)));
            wire.send(frame(request(8, "shutdown", null)));

            assertTrue(wire.response(7).has("result"), wire.received().toString());
            assertTrue(wire.response(8).has("result"), wire.received().toString());
            JsonObject log = wire.awaitNotification("window/logMessage", p -> p.get("message").getAsString().startsWith("cspec: "));
            assertEquals(2, log.getAsJsonObject("params").get("type").getAsInt(), "a warning in the editor's log: " + log);
        }
    }

    @Test
    void messagesSentOneByteAtATimeOrAllInOneWriteAreAllAnswered() throws Exception {
        try (Wire wire = new Wire().initialized()) {
            for (byte b : frame(request(7, "textDocument/hover", HOVER_PARAMS)).getBytes(StandardCharsets.UTF_8)) {
                wire.send(new byte[] {b});
            }
            wire.send(frame(request(8, "textDocument/hover", HOVER_PARAMS)) + frame(request(9, "shutdown", null)));

            assertTrue(wire.response(7).has("result"));
            assertTrue(wire.response(8).has("result"));
            assertTrue(wire.response(9).has("result"));
        }
    }

    @Test
    void aDocumentWithAnyCharactersStaysInStep() throws Exception {
        String text = "contract \\\"Ünïcødé ✓ 𝄞\\\" {\\n    client \\\"A\\\"\\n}\\nContent-Length: 3\\n\\n{}\\n";
        try (Wire wire = new Wire().initialized()) {
            wire.send(frame(Wire.notification("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///nowhere/u.cspec\","
                    + "\"languageId\":\"cspec\",\"version\":1,\"text\":\"" + text + "\"}}")));
            wire.send(frame(request(7, "textDocument/hover", HOVER_PARAMS)));

            assertTrue(wire.response(7).has("result"));
            JsonObject published = wire.awaitNotification("textDocument/publishDiagnostics",
                    p -> p.get("uri").getAsString().equals("file:///nowhere/u.cspec"));
            assertEquals(1, published.getAsJsonObject("params").get("version").getAsInt());
            assertTrue(wire.received().stream().noneMatch(m -> m.has("method") && m.get("method").getAsString().equals("window/logMessage")
                    && m.getAsJsonObject("params").get("type").getAsInt() <= 2), "nothing was wrong: " + wire.received());
        }
    }
}
