package cspec.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's end of the connection: LSP4J's launcher, built through its extension points with
 * cspec's reader ({@link FrameReader}: a broken message costs only that message) and cspec's
 * endpoint ({@link ProtocolEndpoint}: errors answered by the protocol's rules, in plain words).
 * The command and the tests both connect through here, so the tests speak to what ships.
 */
final class ServerConnection {
    private ServerConnection() {
    }

    /** Connects the server to a client on these streams; threads may be null for LSP4J's own pool. */
    static Launcher<LanguageClient> connect(CspecLanguageServer server, InputStream in, OutputStream out,
            ExecutorService threads) {
        Builder builder = new Builder();
        builder.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out);
        if (threads != null) {
            builder.setExecutorService(threads);
        }
        Launcher<LanguageClient> launcher = builder.create();
        server.connect(launcher.getRemoteProxy());
        MessageJsonHandler json = builder.json;
        server.warmUpWith(json::serialize);
        return launcher;
    }

    private static final class Builder extends LSPLauncher.Builder<LanguageClient> {
        private volatile LanguageClient client;
        private MessageJsonHandler json;
        private ProtocolEndpoint endpoint;

        @Override
        protected MessageJsonHandler createJsonHandler() {
            json = super.createJsonHandler();
            return json;
        }

        /** What LSP4J's builder does, with cspec's endpoint in place of RemoteEndpoint. */
        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, handler));
            endpoint = new ProtocolEndpoint(outgoing, ServiceEndpoints.toEndpoint(localServices), handler, () -> client);
            handler.setMethodProvider(endpoint);
            endpoint.setJsonHandler(handler);
            return endpoint;
        }

        @Override
        protected LanguageClient createProxy(RemoteEndpoint remoteEndpoint) {
            client = super.createProxy(remoteEndpoint);
            return client;
        }

        /** LSP4J's reader is left unused: cspec's reads the same stream. */
        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer unused, MessageConsumer consumer,
                LanguageClient proxy) {
            FrameReader reader = new FrameReader(input, json, endpoint, text -> ServerLog.warning(client, text));
            return new ConcurrentMessageProcessor(reader, consumer);
        }
    }
}
