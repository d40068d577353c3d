package cspec.procurement;

import cspec.files.SafeWriter;
import cspec.files.WriteFailure;
import java.nio.file.Path;

/** Every file a procurement command writes: whole or not at all, and never over an existing one unless asked. */
public final class Outputs {
    private Outputs() {
    }

    public static void write(Path file, byte[] bytes, boolean overwrite, String shown) {
        try {
            SafeWriter.disk().create(file, bytes, overwrite, shown);
        } catch (WriteFailure e) {
            String hint = e.getMessage().contains("already exists") ? " Choose another name, or add --overwrite." : "";
            throw new InputProblem(e.getMessage() + hint);
        }
    }

    /** Refuses before anything is written when one of several outputs exists and may not be replaced. */
    public static void refuseExisting(boolean overwrite, Path... files) {
        if (overwrite) {
            return;
        }
        for (Path file : files) {
            if (new cspec.files.DiskFiles().exists(file)) {
                throw new InputProblem("cannot write " + file + ": it already exists; nothing was written. Choose another "
                        + "name, or add --overwrite.");
            }
        }
    }

    /** The file next to a contract, named after it: {@code managed-soc.cspec} and ".matrix.xlsx" give managed-soc.matrix.xlsx. */
    public static Path besideContract(Path contract, String suffix) {
        String name = contract.getFileName().toString();
        String stem = name.endsWith(".cspec") ? name.substring(0, name.length() - ".cspec".length()) : name;
        return contract.resolveSibling(stem + suffix);
    }
}
