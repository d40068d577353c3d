package cspec.lsp;

import static cspec.lsp.Wire.frame;
import static cspec.lsp.Wire.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.gson.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error answers follow the protocol and speak plainly: -32600 after shutdown, -32602 for bad
 * params, and never a Java stack trace or exception text in what the editor receives.
 */
class ProtocolErrorsTest {
    private static final String HOVER_PARAMS =
            "{\"textDocument\":{\"uri\":\"file:///nowhere/x.cspec\"},\"position\":{\"line\":0,\"character\":0}}";

    @Test
    void requestsAfterShutdownAreInvalidRequestsAndExitStillEndsTheServer() throws Exception {
        try (Wire wire = new Wire().initialized()) {
            wire.send(frame(request(7, "shutdown", null)));
            assertTrue(wire.response(7).has("result"));
            wire.send(frame(request(8, "textDocument/hover", HOVER_PARAMS)));
            wire.send(frame(request(9, "workspace/symbol", "{\"query\":\"\"}")));

            assertPlainError(wire.response(8), -32600);
            assertPlainError(wire.response(9), -32600);
            wire.send(frame(Wire.notification("exit", null)));
            assertEquals(0, wire.awaitExit());
        }
    }

    static Stream<Arguments> badParams() {
        return Stream.of(
                arguments("no params", null),
                arguments("null params", "null"),
                arguments("empty params", "{}"),
                arguments("no position", "{\"textDocument\":{\"uri\":\"file:///nowhere/x.cspec\"}}"),
                arguments("a position that is a string", "{\"textDocument\":{\"uri\":\"file:///x.cspec\"},\"position\":\"start\"}"),
                arguments("params that are a list", "[1,2]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParams")
    void badParamsAreInvalidParamsWithAPlainMessage(String name, String params) throws Exception {
        try (Wire wire = new Wire().initialized()) {
            wire.send(frame(request(7, "textDocument/hover", params)));
            wire.send(frame(request(8, "textDocument/hover", HOVER_PARAMS)));

            assertPlainError(wire.response(7), -32602);
            assertTrue(wire.response(8).has("result"), "the server goes on");
        }
    }

    @Test
    void listsFilledLooselyAsEditorsDoAreAccepted() throws Exception {
        // Neovim 0.9 sends the diagnostics of a code action's context as empty objects.
        String params = "{\"textDocument\":{\"uri\":\"file:///nowhere/x.cspec\"},\"range\":{\"start\":{\"line\":0,"
                + "\"character\":0},\"end\":{\"line\":0,\"character\":0}},\"context\":{\"diagnostics\":[{}],\"only\":[\"quickfix\"]}}";
        try (Wire wire = new Wire().initialized()) {
            wire.send(frame(request(7, "textDocument/codeAction", params)));

            assertTrue(wire.response(7).has("result"), wire.received().toString());
        }
    }

    @Test
    void aNotificationWithoutParamsIsLoggedAndTheServerGoesOn() throws Exception {
        try (Wire wire = new Wire().initialized()) {
            wire.send(frame(Wire.notification("textDocument/didOpen", null)));
            wire.send(frame(Wire.notification("textDocument/didChange", "null")));
            wire.send(frame(Wire.notification("textDocument/didClose", "{}")));
            wire.send(frame(request(8, "textDocument/hover", HOVER_PARAMS)));

            assertTrue(wire.response(8).has("result"));
            wire.awaitNotification("window/logMessage", p -> p.get("message").getAsString().contains("textDocument/didOpen"));
        }
    }

    /** An error answer with the expected code, a message for people, and no data (where stack traces went). */
    private static void assertPlainError(JsonObject response, int code) {
        assertTrue(response.has("error"), response.toString());
        JsonObject error = response.getAsJsonObject("error");
        assertEquals(code, error.get("code").getAsInt(), response.toString());
        String message = error.get("message").getAsString();
        assertFalse(error.has("data") && !error.get("data").isJsonNull(), "no data (no stack trace): " + response);
        assertFalse(message.contains("Exception") || message.contains("java.") || message.contains("\tat "),
                "a plain message: " + message);
        assertTrue(message.endsWith("."), "a sentence: " + message);
    }
}
