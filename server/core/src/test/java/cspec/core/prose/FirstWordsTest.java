package cspec.core.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The quick "no" that {@link ProseScanner#uses} asks before looking a word up must never say no
 * to a word the lookup would find: over every word of every shipped contract and fixture, each
 * word lower-cased is a key, and each must pass, as must the singulars of its plural forms.
 */
class FirstWordsTest {

    @Test
    void everyWordOfEveryShippedFilePassesWhenItIsAKey() throws IOException {
        int words = 0;
        for (Path file : RepoFiles.contractsAndFixtures()) {
            String text = Files.readString(file);
            List<int[]> spans = ProseScanner.words(text);
            Set<String> keys = new HashSet<>();
            for (int[] w : spans) {
                keys.add(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
            }
            ProseScanner.FirstWords filter = ProseScanner.FirstWords.of(keys);
            for (int[] w : spans) {
                assertTrue(filter.mayHold(text, w[0], w[1]), () -> file + ": " + text.substring(w[0], w[1]));
                words++;
            }
        }
        assertTrue(words > 100_000, "the shipped files hold " + words + " words");
    }

    @Test
    void aPluralPassesWhenOneOfItsSingularsIsAKey() throws IOException {
        int plurals = 0;
        for (Path file : RepoFiles.contractsAndFixtures()) {
            String text = Files.readString(file);
            for (int[] w : ProseScanner.words(text)) {
                String plural = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
                if (plural.length() <= 3 || !plural.endsWith("s")) {
                    continue;
                }
                for (String singular : ProseScanner.singularForms(plural)) {
                    ProseScanner.FirstWords filter = ProseScanner.FirstWords.of(List.of(singular));
                    assertTrue(filter.mayHoldSingular(text, w[0], w[1]), () -> file + ": " + plural + " for " + singular);
                    plurals++;
                }
            }
        }
        assertTrue(plurals > 10_000, "the shipped files hold " + plurals + " plural forms");
    }

    @Test
    void mostWordsOfAContractAreTurnedAwayByAFewTerms() throws IOException {
        String text = Files.readString(RepoFiles.root().resolve("samples/managed-soc.cspec"));
        ProseScanner.FirstWords filter = ProseScanner.FirstWords.of(List.of("security", "incident", "client", "business"));
        int passed = 0;
        List<int[]> spans = ProseScanner.words(text);
        for (int[] w : spans) {
            passed += filter.mayHold(text, w[0], w[1]) ? 1 : 0;
        }
        assertTrue(passed < spans.size() / 4, passed + " of " + spans.size() + " words passed");
    }

    @Test
    void wordsOutsideAsciiAlwaysPassAndAsciiWordsMatchInAnyCase() {
        ProseScanner.FirstWords ascii = ProseScanner.FirstWords.of(List.of("key", "make"));
        assertTrue(ascii.mayHold("\u212Aey", 0, 3), "the Kelvin sign lower-cases to k");
        assertTrue(ascii.mayHold("MA\u212AE", 0, 4));
        assertTrue(ascii.mayHold("KEY", 0, 3));
        assertFalse(ascii.mayHold("keys", 0, 4));
        ProseScanner.FirstWords accented = ProseScanner.FirstWords.of(List.of("café"));
        assertTrue(accented.mayHold("anything", 0, 8), "a key outside ASCII lets every word through");
    }

    @Test
    void usesFindsTermsWhoseFirstWordIsWrittenInAnotherCaseOrInThePlural() {
        List<ProseScanner.Use> uses = ProseScanner.uses("INCIDENTS, Incident and the Inventions.", 0,
                ProseScanner.PhraseSet.withPlurals(List.of("Incident", "Invention")));
        assertEquals(List.of(0, 0, 1), uses.stream().map(ProseScanner.Use::phrase).toList());
    }
}
