package cspec.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small spec files for the command-line tests. */
final class Specs {
    private Specs() {
    }

    /** A contract with nothing wrong in it. */
    static final String CLEAN = """
            contract "Managed SOC" {
                client "Example Corp"
                provider "Acme" as "Supplier"
            }

            section services "Services" {
                must MON-1: The Supplier must monitor all log sources.
            }
            """;

    /** One syntax error (line 7, column 5): a misspelt keyword, fixed safely to `should`. */
    static final String SYNTAX_ERROR = """
            contract "Managed SOC" {
                client "Example Corp"
                provider "Acme" as "Supplier"
            }

            section services "Services" {
                shoud MON-2 (weight 5): The Supplier should forward every alert.
            }
            """;

    /** Only a warning (line 7, column 32): a suppression naming a misspelt rule. */
    static final String WARNING_ONLY = """
            contract "Managed SOC" {
                client "Example Corp"
                provider "Acme" as "Supplier"
            }

            section services "Services" {
                // cspec-disable-next-line vague-trem -- the board chose this wording
                must MON-1: The Supplier must monitor all log sources.
            }
            """;

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
