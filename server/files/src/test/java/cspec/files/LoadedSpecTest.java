package cspec.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file's text is its UTF-8 decoding, whether it is plain ASCII or not; a byte-order mark is noted, not part of the text. */
class LoadedSpecTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"contract \"SOC\" {\r\n  must A-1: Triage\talerts.\n}\n", "",
        "contract \"Caf\u00E9\" {\n  must A-1: \u201CTriage\u201D alerts \uD83D\uDE80.\n}\n"})
    void textIsTheUtf8DecodingOfTheBytes(String text) throws IOException {
        Path file = Files.write(dir.resolve("a.cspec"), text.getBytes(StandardCharsets.UTF_8));
        LoadedSpec spec = new DiskFiles().loadSpec(file, "a.cspec", dir);
        assertNull(spec.problem());
        assertEquals(text, spec.source().text());
        assertEquals(false, spec.byteOrderMark());
    }

    @ParameterizedTest
    @ValueSource(strings = {"contract \"SOC\" {\n}\n", "contract \"Caf\u00E9\" {\n}\n"})
    void aByteOrderMarkIsKeptAsideAndTheRestIsTheText(String text) throws IOException {
        Path file = Files.write(dir.resolve("a.cspec"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        LoadedSpec spec = new DiskFiles().loadSpec(file, "a.cspec", dir);
        assertNull(spec.problem());
        assertEquals(true, spec.byteOrderMark());
        assertEquals(text, spec.source().text());
    }
}
