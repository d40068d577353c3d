package cspec.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import cspec.core.state.Document;
import cspec.core.state.WorkspaceState;
import cspec.core.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.ExecuteCommandParams;

/**
 * Runs an extra command: finds the document its first argument names (the open buffer, else the
 * file on disk) and its workspace, passes the options, and turns a refusal into an error answer
 * the editor shows.
 */
final class CommandRunner {
    private final ExtraCommands commands;
    private final WorkspaceState state;

    CommandRunner(ExtraCommands commands, WorkspaceState state) {
        this.commands = commands;
        this.state = state;
    }

    Object run(ExecuteCommandParams params) {
        String id = params.getCommand();
        if (!commands.ids().contains(id)) {
            throw Requests.refused("cspec has no command " + id + "; it offers " + String.join(", ", commands.ids()) + ".");
        }
        List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
        String uri = arguments.isEmpty() ? null : text(arguments.get(0));
        if (uri == null) {
            throw Requests.refused(id + " needs the contract's URI as its first argument.");
        }
        Optional<Document> document = state.document(uri);
        Path file = Uris.path(uri).orElse(null);
        String text = document.map(d -> d.text().text())
                .or(() -> file == null ? Optional.empty() : state.files().read(file))
                .orElseThrow(() -> Requests.refused("cannot read " + uri + "; open or save the contract first."));
        JsonObject options = arguments.size() > 1 && arguments.get(1) instanceof JsonObject o ? o : new JsonObject();
        ExtraCommands.Target target = new ExtraCommands.Target(file, new SourceText(file == null ? uri : file.toString(), text),
                state.workspaceOf(file));
        try {
            return commands.run(id, target, options);
        } catch (ExtraCommands.Refused e) {
            throw Requests.refused(e.getMessage());
        }
    }

    private static String text(Object argument) {
        if (argument instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        if (argument instanceof JsonElement e && e.isJsonObject() && e.getAsJsonObject().has("uri")) {
            return e.getAsJsonObject().get("uri").getAsString();
        }
        return argument instanceof String s ? s : null;
    }
}
