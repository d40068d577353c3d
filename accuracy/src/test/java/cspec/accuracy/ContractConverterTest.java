package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.accuracy.convert.PageFurniture;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The converter's promises, on every contract of the corpus: its output parses with no syntax
 * error; every obligation sentence becomes one requirement with exactly the sentence's words,
 * which are the contract's own words in the contract's order; converting is deterministic; and
 * the committed converted files are what the converter writes today, so they never drift.
 */
class ContractConverterTest {
    private static final int CORPUS_SIZE = 24;
    /** One conversion per contract, shared by the tests that only read it (the determinism test converts again). */
    private static final Map<String, Conversion> CONVERSIONS = new ConcurrentHashMap<>();

    private static Conversion conversion(String name, String text) {
        return CONVERSIONS.computeIfAbsent(name, n -> ContractConverter.convert(n, text));
    }

    @Test
    void theWholeCorpusIsInTheRepository() throws IOException {
        assertEquals(CORPUS_SIZE, ContractConverter.contracts(ModuleFiles.corpus()).size());
    }

    @TestFactory
    Stream<DynamicTest> everyConversionParsesWithoutSyntaxErrors() throws IOException {
        return perContract((name, text) -> {
            Conversion conversion = conversion(name, text);
            SpecFile parsed = SpecParser.parse(new SourceText(name, conversion.cspec()));
            List<Diagnostic> errors = parsed.syntaxErrors();
            assertTrue(errors.isEmpty(), () -> name + ": " + errors.size() + " syntax errors, first: " + errors.get(0));
            assertTrue(conversion.requirements().size() > 0, name + " has no obligation sentence");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyObligationSentenceKeepsItsWords() throws IOException {
        return perContract((name, text) -> {
            Conversion conversion = conversion(name, text);
            SourceText cspec = new SourceText(name, conversion.cspec());
            SpecFile parsed = SpecParser.parse(cspec);
            List<Outline.Placed<Requirement>> requirements = Outline.of(parsed.document()).requirements();
            assertEquals(conversion.requirements().size(), requirements.size(), name + ": one requirement per obligation sentence");
            List<String> source = words(PageFurniture.normalise(text));
            int from = 0;
            int sentenceWords = 0;
            int proseWords = 0;
            for (int i = 0; i < requirements.size(); i++) {
                Requirement parsedRequirement = requirements.get(i).item();
                Conversion.Requirement converted = conversion.requirements().get(i);
                assertEquals(converted.id(), parsedRequirement.id().text(), name);
                List<String> expected = words(converted.sentence());
                List<String> actual = words(parsedRequirement.prose().maskedText(cspec));
                assertEquals(expected, actual, () -> name + " " + converted.id() + ": the prose lost or changed words");
                from = afterSubsequence(source, from, expected, name + " " + converted.id());
                sentenceWords += expected.size();
                proseWords += actual.size();
            }
            assertEquals(sentenceWords, proseWords, name);
        });
    }

    @TestFactory
    Stream<DynamicTest> convertingIsDeterministic() throws IOException {
        return perContract((name, text) -> assertEquals(
                conversion(name, text).cspec(), ContractConverter.convert(name, text).cspec(), name));
    }

    @TestFactory
    Stream<DynamicTest> theCommittedConversionsAreCurrent() throws IOException {
        return perContract((name, text) -> {
            Path committed = ModuleFiles.converted().resolve(ContractConverter.cspecName(name));
            assertTrue(Files.exists(committed), () -> committed + " is missing: run accuracy/run.sh");
            assertEquals(conversion(name, text).cspec(), Files.readString(committed, StandardCharsets.UTF_8),
                    () -> committed + " differs from a fresh conversion: run accuracy/run.sh and commit the result");
        });
    }

    @Test
    void nothingIsConvertedThatIsNotInTheCorpus() throws IOException {
        try (Stream<Path> files = Files.list(ModuleFiles.converted())) {
            List<String> converted = files.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> expected = ContractConverter.contracts(ModuleFiles.corpus()).stream()
                    .map(p -> ContractConverter.cspecName(p.getFileName().toString())).sorted().toList();
            assertEquals(expected, converted);
        }
    }

    /**
     * Where the source's words run on after the sentence's words, matched in order from from
     * (words dropped between them, such as a page number inside the sentence, are allowed).
     */
    private static int afterSubsequence(List<String> source, int from, List<String> sentence, String what) {
        int at = from;
        for (String word : sentence) {
            while (at < source.size() && !source.get(at).equals(word)) {
                at++;
            }
            final int reached = at;
            assertTrue(reached < source.size(), () -> what + ": \"" + word + "\" is not in the contract after word " + from);
            at++;
        }
        return at;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private interface ContractCheck {
        void check(String name, String text) throws IOException;
    }

    private static Stream<DynamicTest> perContract(ContractCheck check) throws IOException {
        return ContractConverter.contracts(ModuleFiles.corpus()).stream().map(path -> DynamicTest.dynamicTest(
                path.getFileName().toString(), () -> check.check(path.getFileName().toString(),
                        Files.readString(path, StandardCharsets.UTF_8))));
    }
}
