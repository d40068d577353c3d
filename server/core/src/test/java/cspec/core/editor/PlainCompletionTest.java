package cspec.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.Analyzer;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Completions for editors without snippets (Emacs without yasnippet, Neovim's omnifunc): one
 * line with the tab stops at their defaults, never snippet syntax or a line break; and text
 * over several lines indented for the line it goes into.
 */
class PlainCompletionTest {
    private static List<Candidate> at(String textWithCursor) {
        int offset = textWithCursor.indexOf("$0");
        String text = textWithCursor.replace("$0", "");
        DocumentIndex index = DocumentIndex.of(Analyzer.analyze(SourceText.of(text), null, Workspace.standalone()));
        return Completion.at(index, offset, null);
    }

    private static Candidate labelled(List<Candidate> candidates, String label) {
        return candidates.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aKeywordSnippetBecomesItsLineWithTheDefaults() {
        List<Candidate> body = at("contract \"T\" {\n}\n\nsection s \"S\" {\n    $0\n}\n");
        assertEquals("must ID: ", labelled(body, "must").plainText());
        assertEquals("should ID (weight 10): ", labelled(body, "should").plainText());
        List<Candidate> profile = at("profile p \"P\" {\n    $0\n}\n");
        assertEquals("requires section ", labelled(profile, "requires").plainText(), "a choice becomes its first option");
    }

    @Test
    void aClauseWithItsWordingBecomesItsIdWhichTakesTheStandardWording() {
        Candidate clause = labelled(at("contract \"T\" {\n}\n\nsection s \"S\" {\n    clause limi$0\n}\n"), "limitation-of-liability");
        assertEquals(true, clause.insertText().contains("\n"), clause.insertText());
        assertEquals("limitation-of-liability", clause.plainText());
    }

    @Test
    void escapedCharactersComeBackAsWritten() {
        String literal = "Pay $5 {per alert} within 2 days \\ no more";
        assertEquals(literal, SnippetText.plain(Snippets.escape(literal)));
        assertEquals("a b c", SnippetText.plain("${1:a ${2:b}} c$0"));
        assertEquals("x", SnippetText.plain("${1|x,y|}$2"));
    }

    @Test
    void aBlockKeywordIsIndentedForTheLineItGoesInto() {
        Candidate section = labelled(at("contract \"T\" {\n}\n\nsection s \"S\" {\n    sec$0\n}\n"), "section");
        assertEquals("section ${1:id} \"${2:Title}\" {\n        $0\n    }", section.insertText());
        assertEquals("section", section.plainText());
    }
}
