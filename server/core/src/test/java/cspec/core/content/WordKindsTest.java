package cspec.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds told once per word are the lookups the readings made of each word in their own sets
 * (issue 13): over every word of every shipped and test contract, and over plurals, possessives
 * and capitals, each kind's bit is set exactly when the word (or, for the kinds of a subject or of
 * data, its singular) is in the set; and each sentence's kinds are the union of its words'.
 */
class WordKindsTest {
    @Test
    void everyWordOfTheRepositoryHasTheKindsOfTheSetsItIsIn() throws IOException {
        int words = 0;
        for (Path file : RepoFiles.contractsAndFixtures()) {
            for (Sentences.Sentence s : Sentences.of(Files.readString(file))) {
                int union = 0;
                for (Sentences.Word w : s.words()) {
                    assertEquals(expectedKinds(w.lower()), w.kinds(), file + ": " + w.text());
                    union |= w.kinds();
                    words++;
                }
                assertEquals(union, s.kinds(), file + ": " + s);
            }
        }
        assertEquals(true, words > 100_000, "words read: " + words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"within", "than", "incidents", "incident's", "breaches", "policies", "logs", "data", "datas",
        "records'", "reports", "report", "boss", "ss", "s", "class", "unless", "Critical", "p1", "must", "retained",
        "retain", "keeps", "evidences", "copies", "shall", "may", "mays", "nots", "alerts", "is", "its"})
    void awkwardWordsHaveTheKindsOfTheSetsTheyAreIn(String word) {
        Sentences.Word w = Sentences.of(word).get(0).words().get(0);
        assertEquals(expectedKinds(w.lower()), w.kinds(), word);
    }

    @Test
    void aSentenceWithoutAKindIsToldSoAtOnce() {
        List<Sentences.Sentence> sentences = Sentences.of("The Provider must respond within 4 hours. Logs matter.");
        assertEquals(true, sentences.get(0).holds(WordKinds.BOUND | WordKinds.DUTY_MARKER));
        assertEquals(false, sentences.get(0).holds(WordKinds.CONDITION | WordKinds.SOFT | WordKinds.QUALIFIER));
        assertEquals(true, sentences.get(1).holds(WordKinds.DATA));
        assertEquals(false, sentences.get(1).holds(WordKinds.KEEP));
    }

    /** The kinds as each reading told them before: a lookup of the word, or of its singular, in its set. */
    private static int expectedKinds(String lower) {
        String singular = ClauseMatches.singular(lower);
        return bit(Set.of("within", "than").contains(lower), WordKinds.BOUND)
                | bit(Statements.CONDITIONS.contains(lower), WordKinds.CONDITION)
                | bit(Statements.SOFT.contains(lower), WordKinds.SOFT)
                | bit(Statements.QUALIFIERS.contains(lower), WordKinds.QUALIFIER)
                | bit(Statements.PRIMARY.contains(singular), WordKinds.PRIMARY_SUBJECT)
                | bit(Statements.SECONDARY.contains(singular), WordKinds.SECONDARY_SUBJECT)
                | bit(Retention.KEEP_WORDS.contains(lower), WordKinds.KEEP)
                | bit(Retention.KINDS.contains(singular), WordKinds.DATA)
                | bit(Parties.MARKERS.contains(lower), WordKinds.DUTY_MARKER);
    }

    private static int bit(boolean set, int kind) {
        return set ? kind : 0;
    }
}
