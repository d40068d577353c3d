package cspec.procurement;

import cspec.core.config.Config;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.files.DiskFiles;
import cspec.procurement.model.ContractView;
import cspec.procurement.model.ContractViews;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The test fixtures under src/test/resources/fixtures, read from the class path. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** A fixture contract as the commands load it (built-in libraries, no workspace configuration). */
    public static LoadedContract contract(String name) {
        Workspace workspace = new Workspace(Path.of("").toAbsolutePath(), Config.DEFAULT, new DiskFiles());
        return Contracts.of(new SourceText(name, text(name)), null, name, workspace);
    }

    public static ContractView view(String name) {
        return ContractViews.of(contract(name));
    }
}
