package cspec.app;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cspec.lsp.ExtraCommands;
import cspec.procurement.Contracts;
import cspec.procurement.InputProblem;
import cspec.procurement.LoadedContract;
import cspec.procurement.Outputs;
import cspec.procurement.matrix.CsvMatrix;
import cspec.procurement.matrix.Matrix;
import cspec.procurement.matrix.XlsxMatrix;
import cspec.procurement.model.ContractView;
import cspec.procurement.model.ContractViews;
import cspec.procurement.render.Rendering;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private final cspec.files.DiskFiles disk = new cspec.files.DiskFiles();

    static ExtraCommands create() {
        return new EditorCommands();
    }

    @Override
    public List<String> ids() {
        return List.of(PREVIEW, EXPORT_MATRIX);
    }

    @Override
    public JsonElement run(String id, Target target, JsonObject options) throws Refused {
        try {
            String shown = target.file() == null ? target.source().name() : String.valueOf(target.file().getFileName());
            LoadedContract contract = Contracts.of(target.source(), target.file(), shown, target.workspace());
            ContractView view = ContractViews.of(contract);
            return id.equals(PREVIEW) ? preview(view) : export(view, target.file(), options);
        } catch (InputProblem e) {
            throw new Refused(e.getMessage());
        }
    }

    private static JsonObject preview(ContractView view) {
        JsonObject answer = new JsonObject();
        answer.addProperty("title", view.title());
        answer.addProperty("html", Rendering.html(view));
        return answer;
    }

    private JsonObject export(ContractView view, Path file, JsonObject options) throws Refused {
        if (file == null) {
            throw new Refused("Save the contract first: the matrix is written next to it, named after it.");
        }
        String format = options.has("format") ? options.get("format").getAsString() : "xlsx";
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw new Refused("The matrix can be exported as xlsx or csv, not " + format + ".");
        }
        boolean overwrite = options.has("overwrite") && options.get("overwrite").getAsBoolean();
        Path target = Outputs.besideContract(file, ".matrix." + format);
        JsonObject answer = new JsonObject();
        answer.addProperty("path", target.toString());
        if (disk.exists(target) && !overwrite) {
            answer.addProperty("written", false);
            answer.addProperty("exists", true);
            return answer;
        }
        Matrix matrix = Matrix.of(view);
        byte[] bytes = format.equals("csv") ? CsvMatrix.write(matrix).getBytes(StandardCharsets.UTF_8) : XlsxMatrix.write(matrix);
        Outputs.write(target, bytes, overwrite, target.getFileName().toString());
        answer.addProperty("written", true);
        answer.addProperty("rows", matrix.rows().size());
        return answer;
    }
}
