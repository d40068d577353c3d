package cspec.core.syntax.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.grammar.TextCharStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offsets taken from the lexer's input (the identity for a TextCharStream, without a walk of
 * the text) are those computed from the text, at every code point of every repository contract and
 * fixture and of texts with surrogate pairs and lone surrogates.
 */
class OffsetsTest {
    @ParameterizedTest
    @MethodSource("cspec.core.RepoFiles#contractsAndFixtures")
    void everyRepositoryFileMapsAlike(Path file) throws IOException {
        assertSameOffsets(Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "caf\u00E9 \u4E2D\u6587 \u201Cq\u201D", "a \uD83D\uDE00 b", "\uD83D\uDE00\uD83D\uDE00",
        "lone \uD800 high", "lone \uDC00 low", "end \uD83D"})
    void awkwardTextsMapAlike(String text) {
        assertSameOffsets(text);
    }

    private static void assertSameOffsets(String text) {
        for (int base : new int[] {0, 7}) {
            Offsets fromInput = Offsets.of(TextCharStream.of(text, "t"), text, base);
            Offsets fromText = new Offsets(text, base);
            int codePoints = text.codePointCount(0, text.length());
            for (int i = 0; i <= codePoints + 1; i++) {
                assertEquals(fromText.offset(i), fromInput.offset(i), "code point " + i + " of " + text.length() + " chars");
            }
        }
    }
}
