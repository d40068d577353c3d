package cspec.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the fixture documents under src/test/resources/lsp. */
final class Fixtures {
    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/lsp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with "$0" inserted at the first occurrence of marker plus shift characters. */
    static Cursor cursorAt(String name, String marker, int shift) {
        String text = read(name);
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("marker " + marker + " not in " + name);
        }
        int pos = at + shift;
        return Cursor.of(text.substring(0, pos) + "$0" + text.substring(pos));
    }
}
