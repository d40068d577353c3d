package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.config.Config;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.syntax.Modality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The term lists as data: complete entries, one list per phrase, terms of art, workspace extras. */
class TermListsTest {
    private static final TermLists LISTS = TermLists.builtIn();

    @Test
    void everyListedRuleHasEntriesWithCategoryReasonAndSource() {
        for (Rule rule : RuleRegistry.builtIn().withTermLists()) {
            assertFalse(LISTS.entries(rule).isEmpty(), rule.id());
            for (TermEntry e : LISTS.entries(rule)) {
                assertEquals(rule, e.rule());
                assertFalse(e.category().isBlank() || e.reason().isBlank() || e.source().isBlank(), e.phrase());
            }
        }
        assertTrue(LISTS.entries(Rule.WORDY).stream().allMatch(e -> e.suggestedRewrite().isPresent()),
                "every wordy phrase needs its short form: the fix applies it");
        assertTrue(LISTS.entries(Rule.VAGUE_PRONOUN).isEmpty());
    }

    @Test
    void everyPhraseBelongsToExactlyOneList() {
        Map<String, List<String>> owners = new HashMap<>();
        for (TermEntry e : LISTS.all()) {
            String owner = e.isTermOfArt() ? "terms-of-art" : e.rule().id();
            List<String> spellings = new ArrayList<>(e.forms());
            spellings.add(e.phrase());
            for (String s : spellings) {
                String key = Tokenizer.tokenize(s).stream().map(Token::norm).collect(Collectors.joining(" "));
                owners.computeIfAbsent(key, k -> new ArrayList<>()).add(owner);
            }
        }
        owners.forEach((phrase, lists) -> assertEquals(1, lists.size(), phrase + " is in " + lists));
    }

    @Test
    void termsOfArtAreNeverFlagged() {
        for (TermEntry e : LISTS.termsOfArt()) {
            String text = "The Provider must observe the " + e.phrase() + " clause.";
            WordingResult r = WordingEngine.builtIn().analyze(text, 0,
                    WordingContext.requirement(Modality.MUST, null, Vocabulary.clientAndProvider()));
            assertEquals(List.of(), r.findings(), e.phrase());
        }
    }

    @Test
    void aWorkspaceAddsPhrasesToARule() {
        Config config = new Config(null, null, Map.of(), Map.of("vague-term", List.of("fit for purpose")), List.of(),
                List.of(), List.of(), List.of());
        TermLists lists = LISTS.withExtras(config);
        assertEquals(LISTS.entries(Rule.VAGUE_TERM).size() + 1, lists.entries(Rule.VAGUE_TERM).size());
        String text = "The Provider must deliver a service Fit For Purpose.";
        WordingResult r = new WordingEngine(lists).analyze(text, 0,
                WordingContext.requirement(Modality.MUST, null, Vocabulary.clientAndProvider()));
        assertEquals(1, r.findings().size());
        assertEquals("Fit For Purpose", text.substring(r.findings().get(0).span().start(), r.findings().get(0).span().end()));
        assertTrue(r.findings().get(0).message().toLowerCase(Locale.ROOT).contains("cspec.json"));
    }
}
