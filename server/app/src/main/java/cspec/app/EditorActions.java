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

/**
 * What the editor's procurement commands do ({@link EditorCommands} names them): kept apart, so
 * that starting the server loads nothing of the procurement module; it is loaded on the first
 * preview or export.
 */
final class EditorActions {
    private static final cspec.files.DiskFiles DISK = new cspec.files.DiskFiles();

    private EditorActions() {
    }

    static JsonElement run(String id, ExtraCommands.Target target, JsonObject options) throws ExtraCommands.Refused {
        try {
            String shown = target.file() == null ? target.source().name() : String.valueOf(target.file().getFileName());
            LoadedContract contract = Contracts.of(target.source(), target.file(), shown, target.workspace());
            ContractView view = ContractViews.of(contract);
            return id.equals(EditorCommands.PREVIEW) ? preview(view) : export(view, target.file(), options);
        } catch (InputProblem e) {
            throw new ExtraCommands.Refused(e.getMessage());
        }
    }

    private static JsonObject preview(ContractView view) {
        JsonObject answer = new JsonObject();
        answer.addProperty("title", view.title());
        answer.addProperty("html", Rendering.html(view));
        return answer;
    }

    private static JsonObject export(ContractView view, Path file, JsonObject options) throws ExtraCommands.Refused {
        if (file == null) {
            throw new ExtraCommands.Refused("Save the contract first: the matrix is written next to it, named after it.");
        }
        String format = options.has("format") ? options.get("format").getAsString() : "xlsx";
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw new ExtraCommands.Refused("The matrix can be exported as xlsx or csv, not " + format + ".");
        }
        boolean overwrite = options.has("overwrite") && options.get("overwrite").getAsBoolean();
        Path target = Outputs.besideContract(file, ".matrix." + format);
        JsonObject answer = new JsonObject();
        answer.addProperty("path", target.toString());
        if (DISK.exists(target) && !overwrite) {
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
