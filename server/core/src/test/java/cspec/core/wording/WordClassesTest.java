package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A token's word classes answer exactly as the word sets they were built from. */
class WordClassesTest {
    @Test
    void everyWordOfEverySetHasExactlyTheClassesOfTheSetsHoldingIt() {
        Map<Integer, Set<String>> sets = WordClasses.sets();
        Set<String> words = new HashSet<>();
        sets.values().forEach(words::addAll);
        words.add("provider"); // in no set
        for (String word : words) {
            for (String written : List.of(word, Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
                List<Token> tokens = Tokenizer.tokenize(written);
                assertEquals(1, tokens.size(), written);
                Token token = tokens.get(0);
                for (Map.Entry<Integer, Set<String>> set : sets.entrySet()) {
                    assertEquals(set.getValue().contains(token.norm()), token.in(set.getKey()),
                            written + " in class " + set.getKey());
                }
            }
        }
    }

    @Test
    void onlyWordsHaveClassesAndNoSetHoldsAWordWithoutALetter() {
        // A number, a mark or a placeholder is never a word of a set, so leaving their classes 0 loses nothing.
        for (Set<String> set : WordClasses.sets().values()) {
            for (String word : set) {
                assertTrue(word.chars().anyMatch(Character::isLetter), word);
            }
        }
        for (Token token : Tokenizer.tokenize("Within 4 hours, 99.9% of {{x}} [Schedule 2]; if e.g. three.")) {
            if (!token.isWord()) {
                assertEquals(0, token.classes(), token.text());
            }
        }
        int within = Tokenizer.tokenize("Within").get(0).classes();
        assertEquals(WordClasses.BOUND_WORD, within);
        assertEquals(WordClasses.SUBORDINATOR, Tokenizer.tokenize("if").get(0).classes());
        assertEquals(WordClasses.BOUND_WORD | WordClasses.ABBREVIATION | WordClasses.NEGATIVE,
                Tokenizer.tokenize("No").get(0).classes());
    }

    /** The reader skips the four clause tests at a word that is no clause cue: over real contracts, none of them holds there. */
    @Test
    void noClauseTestHoldsAtAWordThatIsNoClauseCue() throws IOException {
        int cues = 0;
        for (Path file : RepoFiles.specs("samples", "accuracy/converted")) {
            List<Token> tokens = Tokenizer.tokenize(Files.readString(file));
            for (int i = 0; i < tokens.size(); i++) {
                boolean holds = Grammar.opensWarranty(tokens, i) || Grammar.opensCondition(tokens, i)
                        || Grammar.opensModalComparison(tokens, i) || Grammar.conditionalInversion(tokens, i);
                if (holds) {
                    cues++;
                }
                assertFalse(holds && !tokens.get(i).in(WordClasses.CLAUSE_CUE), file + ": " + tokens.get(i));
            }
        }
        assertTrue(cues > 100, "the contracts open clauses: " + cues);
    }
}
