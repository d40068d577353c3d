package cspec.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.RepoFiles;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.Item;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * contradictory-figures reads only the sentences that state a duration (issue 13). Over every
 * sentence of the shipped and test contracts, a sentence passed over holds no duration as
 * Figures reads one inside it, and the timers, deadlines and retention periods read from the
 * sentences kept are those read from all of them.
 */
class SentencesWithDurationsTest {
    @Test
    void aSentencePassedOverHoldsNoDurationAndReadingOnlyTheOthersReadsTheSame() throws IOException {
        int passedOver = 0;
        int kept = 0;
        int timers = 0;
        for (Path file : RepoFiles.contractsAndFixtures()) {
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
            Document document = SpecParser.parse(new SourceText(file.toString(), text)).document();
            Parties parties = Parties.of(document);
            assertEquals(Statements.deadlines(text, all, parties), Statements.deadlines(text, stating, parties), file.toString());
            SlaFigures.SeverityIndex severities = SlaFigures.SeverityIndex.of(slasOf(document));
            List<String> timersInAll = described(severities.timerFigures(text, all));
            assertEquals(timersInAll, described(severities.timerFigures(text, stating)), file.toString());
            timers += timersInAll.size();
            assertEquals(Retention.periods(text, all), Retention.periods(text, stating), file.toString());
        }
        assertTrue(passedOver > 1000 && kept > 100 && timers > 10,
                passedOver + " passed over, " + kept + " kept, " + timers + " timer figures");
    }

    @Test
    void theSentencesInWhichAUnitWordEndsAreKept() {
        // "admin" and "holidays" end in unit words and are kept too: the scan may keep a sentence
        // with no duration (the readings then find none), never pass over one that has one.
        String text = "Respond within 4 hours of the alert. Keep the keys in a vault. Keep the logs for ninety (90) days."
                + " Tell the admin about holidays.";
        List<String> stating = ContradictoryFigures.sentencesWithDurations(text).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Respond within 4 hours of the alert.", "Keep the logs for ninety (90) days.",
                "Tell the admin about holidays."), stating);
        assertEquals(List.of(), ContradictoryFigures.sentencesWithDurations("The Provider must keep the keys in a vault."));
    }

    /** Every SLA of the document, however deep in sections, in order, as contradictory-figures indexes them. */
    private static List<Sla> slasOf(Document document) {
        List<Sla> slas = new ArrayList<>();
        if (document instanceof Contract contract) {
            collectSlas(contract.items(), slas);
        }
        return slas;
    }

    private static void collectSlas(List<Item> items, List<Sla> slas) {
        for (Item item : items) {
            if (item instanceof Section section) {
                collectSlas(section.items(), slas);
            } else if (item instanceof Sla sla) {
                slas.add(sla);
            }
        }
    }

    /** A timer figure as text: the record holds an array, which equals only itself. */
    private static List<String> described(List<SlaFigures.TimerFigure> figures) {
        return figures.stream()
                .map(f -> f.start() + "-" + f.end() + " " + f.minutes() + " " + f.timer() + " " + Arrays.toString(f.names()))
                .toList();
    }
}
