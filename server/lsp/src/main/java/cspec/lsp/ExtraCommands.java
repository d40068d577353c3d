package cspec.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * Commands a shell adds to the server (workspace/executeCommand) without the server knowing the
 * module that carries them out: {@code cspec.app} fills this with the procurement commands
 * (preview the rendered contract, export the matrix) when it starts the server. Each command
 * works on one document, which the editor names by URI as the first argument; the second, when
 * present, is a JSON object of options.
 */
public interface ExtraCommands {
    /** The command IDs, announced in the server's capabilities. */
    List<String> ids();

    /** Runs a command on the document; a problem the user should read is a {@link Refused}. */
    JsonElement run(String id, Target target, JsonObject options) throws Refused;

    /**
     * The document a command works on: its file (null for a buffer never saved), its text as the
     * editor has it (unsaved edits included) and its workspace.
     */
    record Target(Path file, SourceText source, Workspace workspace) {
    }

    /** A command that cannot do what was asked, with the sentence the editor shows. */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    ExtraCommands NONE = new ExtraCommands() {
        public List<String> ids() {
            return List.of();
        }

        public JsonElement run(String id, Target target, JsonObject options) throws Refused {
            throw new Refused("cspec has no command " + id + ".");
        }
    };
}
