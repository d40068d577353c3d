package cspec.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.RepoFiles;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an author sees in the editor for options, questions, background, source numbering and role words. */
class TenderConstructsEditorTest {
    private static String text() throws Exception {
        return Files.readString(RepoFiles.root().resolve("server/core/src/test/resources/parse/tender-constructs.cspec"));
    }

    private static DocumentIndex index(String text) {
        AnalysisResult result = Analyzer.analyze(SourceText.of(text), null, Workspace.standalone());
        return DocumentIndex.of(result);
    }

    @Test
    void bodyCompletionOffersOptionQuestionAndBackground() throws Exception {
        String text = text().replace("    question Q-1", "    \n    question Q-1");
        int at = text.indexOf("\n    \n    question") + 5;
        List<String> labels = Completion.at(index(text), at, null).stream().map(Candidate::label).toList();
        assertTrue(labels.containsAll(List.of("option", "question", "background")), labels.toString());
    }

    @Test
    void headerCompletionOffersTheWillPolicy() throws Exception {
        String text = text().replace("    will means must\n", "    \n");
        int at = text.indexOf("\n    \n    effective") + 5;
        List<String> labels = Completion.at(index(text), at, null).stream().map(Candidate::label).toList();
        assertTrue(labels.contains("will means must"), labels.toString());
    }

    @Test
    void aReferenceHoverNamesTheKindAndTheSourceNumbering() throws Exception {
        String text = text().replace("Describe your onboarding process.", "Describe your onboarding process [OPT-1].");
        int at = text.indexOf("[OPT-1]") + 2;
        String hover = Hovers.at(index(text), at).orElseThrow().markdown();
        assertTrue(hover.startsWith("**requirement OPT-1** (option), source 5.4"), hover);
    }

    @Test
    void theSummaryCountsOptionsAndQuestionsApart() throws Exception {
        AnalysisResult result = Analyzer.analyze(SourceText.of(text()), null, Workspace.standalone());
        assertEquals("1 mandatory · 0 rated (weight 0) · 0 future · 1 option · 1 question (weight 10) · 0 errors, 0 warnings",
                ContractSummary.of(result).orElseThrow().text());
    }

    @Test
    void optionsAndQuestionsAreHighlightedByKind() throws Exception {
        String text = text();
        List<SemanticToken> tokens = SemanticTokens.of(index(text));
        SemanticToken option = tokens.stream().filter(t -> text.startsWith("option OPT-1", t.span().start())).findFirst().orElseThrow();
        SemanticToken question = tokens.stream().filter(t -> text.startsWith("question Q-1", t.span().start())).findFirst().orElseThrow();
        assertEquals(java.util.Set.of(SemanticToken.Modifier.OPTION), option.modifiers());
        assertEquals(java.util.Set.of(SemanticToken.Modifier.QUESTION), question.modifiers());
    }

    private static String serviceHours() throws Exception {
        return Files.readString(RepoFiles.root().resolve("server/core/src/test/resources/parse/service-hours-and-timers.cspec"));
    }

    @Test
    void aSeverityHoverShowsItsTimersAndDefinition() throws Exception {
        String text = serviceHours();
        String hover = Hovers.at(index(text), text.indexOf("severity P2") + 10).orElseThrow().markdown();
        assertTrue(hover.contains("escalate within 75 minutes or the end of the shift, whichever is sooner"), hover);
        assertTrue(hover.contains("Definition: A confirmed compromise of one device with no sign of spread."), hover);
    }

    @Test
    void aSeverityLineCompletesTheNextTimerWithTheSlasOwn() throws Exception {
        String text = serviceHours().replace("triage within 30 minutes", "triage within 30 minutes tri");
        int at = text.indexOf(" tri resolution") + 4;
        List<String> labels = Completion.at(index(text), at, null).stream().map(Candidate::label).toList();
        assertTrue(labels.containsAll(List.of("triage", "contain", "notify", "handover")), labels.toString());
    }

    @Test
    void noticeCompletesItsKinds() throws Exception {
        String text = serviceHours().replace("notice non-renewal 6 months", "notice ");
        int at = text.indexOf("notice \n") + 7;
        List<String> labels = Completion.at(index(text), at, null).stream().map(Candidate::label).toList();
        assertEquals(List.of("termination", "non-renewal", "cure"), labels);
    }

    @Test
    void timerNamesAndCoverageDaysAreHighlightedAsKeywords() throws Exception {
        String text = serviceHours();
        List<SemanticToken> tokens = SemanticTokens.of(index(text));
        for (String word : List.of("acknowledge within", "escalate within", "handover within", "Mon-Fri 17:00", "weekends 24x7")) {
            int at = text.indexOf(word);
            assertTrue(tokens.stream().anyMatch(t -> t.span().start() == at && t.type() == SemanticToken.Type.KEYWORD), word);
        }
    }
}
