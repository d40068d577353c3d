package cspec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Planted violation (see PlantedViolationsTest): a shell reading the disk past cspec.files. */
public final class PlantedCliReadsDisk {
    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
