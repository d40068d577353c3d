package cspec.lsp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.NonNull;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's endpoint held to the protocol's rules on errors: after {@code shutdown} every request
 * is answered -32600 (InvalidRequest); a request whose params are missing, null or of the wrong
 * shape is answered -32602 (InvalidParams) before it reaches cspec; an answer never carries a
 * stack trace or an exception's text (those go to the editor's log); a notification that cannot
 * be used is logged and dropped.
 */
final class ProtocolEndpoint extends RemoteEndpoint {
    private static final Pattern JSON_PATH = Pattern.compile("path (\\$[^\\s]*)|Path: (\\$[^\\s]*)");

    private final MessageConsumer out;
    private final MessageJsonHandler json;
    private final Supplier<LanguageClient> client;
    private volatile boolean shutDown;

    ProtocolEndpoint(MessageConsumer out, Endpoint services, MessageJsonHandler json, Supplier<LanguageClient> client) {
        this(out, new LoggingEndpoint(services, client), json, client);
    }

    private ProtocolEndpoint(MessageConsumer out, LoggingEndpoint services, MessageJsonHandler json,
            Supplier<LanguageClient> client) {
        super(out, services, services::plainError);
        this.out = out;
        this.json = json;
        this.client = client;
    }

    @Override
    protected void handleRequest(RequestMessage request) {
        String method = request.getMethod();
        if (shutDown) {
            refuse(request, ResponseErrorCode.InvalidRequest, "The server has been asked to shut down, so it answers no "
                    + "more requests; send exit to end it.");
            return;
        }
        String problem = paramsProblem(request, request.getParams());
        if (problem != null) {
            refuse(request, ResponseErrorCode.InvalidParams, problem);
            return;
        }
        if ("shutdown".equals(method)) {
            shutDown = true;
        }
        super.handleRequest(request);
    }

    @Override
    protected void handleNotification(NotificationMessage notification) {
        if (shutDown && !"exit".equals(notification.getMethod())) {
            return; // after shutdown only exit means anything
        }
        JsonRpcMethod method = json.getJsonRpcMethod(notification.getMethod());
        if (notification.getParams() == null && method != null && method.getParameterTypes().length > 0) {
            ServerLog.warning(client.get(), notification.getMethod() + " came without its params and was ignored.");
            return;
        }
        super.handleNotification(notification);
    }

    /** Messages whose params could not be read at all (the JSON had another shape). */
    @Override
    public void handle(Message message, List<MessageIssue> issues) {
        if (message instanceof RequestMessage request) {
            refuse(request, ResponseErrorCode.InvalidParams, wrongShape(request.getMethod(), issues));
        } else if (message instanceof NotificationMessage notification) {
            ServerLog.warning(client.get(), wrongShape(notification.getMethod(), issues).replace("was not run", "was ignored"));
        } else {
            ServerLog.warning(client.get(), "a message could not be read and was skipped.");
        }
    }

    /** Why the params cannot be used, in plain words; null when they can. */
    private String paramsProblem(RequestMessage request, Object params) {
        JsonRpcMethod method = json.getJsonRpcMethod(request.getMethod());
        if (method == null || method.getParameterTypes().length == 0) {
            return null; // an unknown method gets MethodNotFound from LSP4J; one without params needs none
        }
        if (params == null) {
            return request.getMethod() + " needs params, and none were sent, so the request was not run.";
        }
        if (params instanceof com.google.gson.JsonElement || params instanceof List<?>) {
            return wrongShape(request.getMethod(), List.of());
        }
        List<String> missing = new ArrayList<>();
        missingRequired(params, "$.params", 1, missing);
        if (missing.isEmpty()) {
            return null;
        }
        Collections.sort(missing);
        return "The params of " + request.getMethod() + " are missing " + String.join(", ", missing)
                + ", so the request was not run.";
    }

    /**
     * The required values (LSP4J marks them @NonNull) missing from the params, two levels deep
     * and not inside lists: editors fill lists loosely (Neovim sends a code action's diagnostics
     * half empty), and cspec never needs their items whole, only the document and the place.
     */
    private static void missingRequired(Object value, String path, int depth, List<String> missing) {
        if (value == null || depth > 2 || value instanceof Iterable<?> || value.getClass().getName().startsWith("java.")
                || value instanceof com.google.gson.JsonElement || value instanceof Enum<?>) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getAnnotation(NonNull.class) == null) {
                continue;
            }
            String property = path + "." + Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            Object field;
            try {
                field = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (field == null) {
                missing.add(property);
            } else {
                missingRequired(field, property, depth + 1, missing);
            }
        }
    }

    private static String wrongShape(String method, List<MessageIssue> issues) {
        StringBuilder where = new StringBuilder();
        for (MessageIssue issue : issues) {
            Matcher m = JSON_PATH.matcher(issue.getText() == null ? "" : issue.getText());
            if (m.find()) {
                String path = m.group(1) != null ? m.group(1) : m.group(2);
                where.append(where.length() == 0 ? " (at " : ", ").append(path.replaceAll("[.,;)]+$", ""));
            }
        }
        if (where.length() > 0) {
            where.append(')');
        }
        return "The params of " + method + " are missing a required value or have the wrong shape" + where
                + ", so the request was not run.";
    }

    private void refuse(RequestMessage request, ResponseErrorCode code, String message) {
        out.consume(createErrorResponseMessage(request, new ResponseError(code, message, null)));
    }

    /**
     * cspec's services, with their failures logged to the editor and answered plainly: a
     * notification that throws is logged and dropped; a request that throws is answered with a
     * sentence, its stack trace going to the log only.
     */
    private static final class LoggingEndpoint implements Endpoint {
        private final Endpoint services;
        private final Supplier<LanguageClient> client;

        LoggingEndpoint(Endpoint services, Supplier<LanguageClient> client) {
            this.services = services;
            this.client = client;
        }

        @Override
        public CompletableFuture<?> request(String method, Object parameter) {
            return services.request(method, parameter);
        }

        @Override
        public void notify(String method, Object parameter) {
            try {
                services.notify(method, parameter);
            } catch (RuntimeException e) {
                ServerLog.error(client.get(), method, unwrap(e));
            }
        }

        ResponseError plainError(Throwable thrown) {
            Throwable cause = unwrap(thrown);
            if (cause instanceof ResponseErrorException refusal) {
                ResponseError error = refusal.getResponseError();
                return new ResponseError(error.getCode(), error.getMessage(), null);
            }
            ServerLog.error(client.get(), "a request", cause);
            return new ResponseError(ResponseErrorCode.InternalError, "cspec could not answer this request because of an "
                    + "internal error; the editor's log has the details.", null);
        }

        private static Throwable unwrap(Throwable e) {
            Throwable t = e;
            while ((t instanceof CompletionException || t instanceof ExecutionException
                    || t instanceof InvocationTargetException) && t.getCause() != null) {
                t = t.getCause();
            }
            return t;
        }
    }
}
