package cspec.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text without a CR is indexed by a search for LF alone: its lines are those the general scan
 * (LF, CRLF, lone CR) finds, for every repository contract and fixture and for awkward texts;
 * text with a CR still breaks at each kind.
 */
class LineIndexTest {
    @ParameterizedTest
    @MethodSource("cspec.core.RepoFiles#contractsAndFixtures")
    void everyRepositoryFileHasTheLinesOfTheGeneralScan(Path file) throws IOException {
        String text = Files.readString(file);
        assertArrayEquals(LineIndex.startsAfterAnyBreak(text), lineStarts(new LineIndex(text)), file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\n\n", "one", "one\n", "one\ntwo", "\u201Cq\u201D\n\u4E2D\n\n x\n",
        "one\r\ntwo\r\n", "one\rtwo\r", "one\r\n\rtwo\n\r", "\r", "\r\n"})
    void awkwardTextsHaveTheLinesOfTheGeneralScan(String text) {
        assertArrayEquals(LineIndex.startsAfterAnyBreak(text), lineStarts(new LineIndex(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb\r\nc\rd", "a\nb\nc\nd"})
    void eachKindOfBreakEndsALine(String text) {
        LineIndex lines = new LineIndex(text);
        assertEquals(4, lines.lineCount());
        assertEquals(new Position(3, 0), lines.position(text.indexOf('d')));
        assertEquals(1, lines.lineEnd(0, text));
    }

    private static int[] lineStarts(LineIndex lines) {
        int[] starts = new int[lines.lineCount()];
        for (int line = 0; line < starts.length; line++) {
            starts[line] = lines.lineStart(line);
        }
        return starts;
    }
}
