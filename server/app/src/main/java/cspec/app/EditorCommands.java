package cspec.app;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cspec.lsp.ExtraCommands;
import java.util.List;

/**
 * The procurement commands the language server offers, filled in here so that the server
 * itself never depends on the procurement module:
 * <ul>
 * <li>{@code cspec.previewContract [uri]}: the contract rendered as one HTML page, answered as
 *     {@code {"title", "html"}} for the editor to show;</li>
 * <li>{@code cspec.exportMatrix [uri, {"format": "xlsx"|"csv", "overwrite": false}]}: the compliance
 *     matrix written next to the contract, named after it. An existing file is never replaced
 *     unless overwrite is true: the answer {@code {"written": false, "exists": true, "path"}} lets
 *     the editor ask first.</li>
 * </ul>
 */
final class EditorCommands implements ExtraCommands {
    static final String PREVIEW = "cspec.previewContract";
    static final String EXPORT_MATRIX = "cspec.exportMatrix";

    static ExtraCommands create() {
        return new EditorCommands();
    }

    @Override
    public List<String> ids() {
        return List.of(PREVIEW, EXPORT_MATRIX);
    }

    @Override
    public JsonElement run(String id, Target target, JsonObject options) throws Refused {
        return EditorActions.run(id, target, options);
    }
}
