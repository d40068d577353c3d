package cspec.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.RepoFiles;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * contradictory-figures reads only the sentences that state a duration (issue 13). Over every
 * sentence of the shipped and test contracts, a sentence passed over holds no duration as
 * Figures reads one inside it, and the deadlines and retention periods read from the sentences
 * kept are those read from all of them.
 */
class SentencesWithDurationsTest {
    @Test
    void aSentencePassedOverHoldsNoDurationAndReadingOnlyTheOthersReadsTheSame() throws IOException {
        int passedOver = 0;
        int kept = 0;
        for (Path file : RepoFiles.specs("samples", "accuracy/converted", "server/core/src/test/resources")) {
            String text = Files.readString(file);
            List<Sentences.Sentence> all = Sentences.of(text);
            List<Sentences.Sentence> stating = ContradictoryFigures.sentencesWithDurations(text);
            for (Sentences.Sentence s : all) {
                // The one scan of the text keeps exactly the sentences that hold a unit word themselves.
                assertEquals(Figures.mayHoldDuration(text, s.start(), s.end()), stating.contains(s), file + ": " + s);
                if (stating.contains(s)) {
                    kept++;
                    continue;
                }
                passedOver++;
                String sentence = text.substring(s.start(), s.end());
                assertEquals(List.of(), Figures.durations(sentence), file + ": " + sentence);
                for (Sentences.Word w : s.words()) {
                    assertNull(Figures.durationAt(sentence, w.start() - s.start()), file + ": " + sentence);
                }
            }
            Parties parties = Parties.of(SpecParser.parse(new SourceText(file.toString(), text)).document());
            assertEquals(Statements.deadlines(text, all, parties), Statements.deadlines(text, stating, parties), file.toString());
            assertEquals(Retention.periods(text, all), Retention.periods(text, stating), file.toString());
        }
        assertTrue(passedOver > 1000 && kept > 100, passedOver + " passed over, " + kept + " kept");
    }

    @Test
    void onlyTheSentencesWhereADurationStartsAreKept() {
        String text = "Respond within 4 hours of the alert. Keep the keys in a vault. Keep the logs for ninety (90) days.";
        List<String> stating = ContradictoryFigures.sentencesWithDurations(text).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Respond within 4 hours of the alert.", "Keep the logs for ninety (90) days."), stating);
        assertEquals(List.of(), ContradictoryFigures.sentencesWithDurations("The Provider must keep the keys in a vault."));
    }
}
