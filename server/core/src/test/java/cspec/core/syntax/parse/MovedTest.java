package cspec.core.syntax.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.RepoFiles;
import cspec.core.syntax.Contract;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Items moved by n characters are the items a parse gives when n line breaks come before the
 * same text: every span of every kind of item moves (the repository's contracts hold each kind).
 */
class MovedTest {
    static List<Path> contracts() {
        return RepoFiles.contractsAndFixtures();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void movedItemsAndCommentsEqualThoseOfTheTextAfterLineBreaks(Path file) throws IOException {
        String text = Files.readString(file);
        SpecFile here = SpecParser.parse(new SourceText(file.toString(), text));
        if (!(here.document() instanceof Contract contract) || text.startsWith("\uFEFF")) {
            return;
        }
        SpecFile later = SpecParser.parse(new SourceText(file.toString(), "\n".repeat(7) + text));
        assertEquals(((Contract) later.document()).items(), Moved.items(contract.items(), 7), file.toString());
        assertEquals(later.comments(), Moved.comments(here.comments(), 7), file.toString());
    }
}
