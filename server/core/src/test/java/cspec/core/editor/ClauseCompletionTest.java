package cspec.core.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.Analyzer;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completing a library clause inserts its wording with the contract's role words. */
class ClauseCompletionTest {
    private static Candidate breachNotification(String header) {
        String text = "contract \"T\" {\n" + header + "}\n\nsection s \"S\" {\n    clause \n}\n";
        int offset = text.indexOf("clause ") + "clause ".length();
        DocumentIndex index = DocumentIndex.of(Analyzer.analyze(SourceText.of(text), null, Workspace.standalone()));
        List<Candidate> found = Completion.at(index, offset, null);
        return found.stream().filter(c -> c.label().equals("breach-notification")).findFirst().orElseThrow();
    }

    @Test
    void theInsertedWordingNamesThePartiesAsTheHeaderDoes() {
        Candidate c = breachNotification("    client \"A\" as \"Customer\"\n    provider \"G\" as \"Supplier\"\n");
        assertTrue(c.insertText().contains("The Supplier must notify the Customer in writing"), c.insertText());
        assertFalse(c.insertText().contains("Provider"), c.insertText());
        assertTrue(c.documentation().contains("The Supplier must notify"), c.documentation());
    }

    @Test
    void withoutRoleWordsTheStandardWordingIsInserted() {
        Candidate c = breachNotification("    client \"A\"\n");
        assertTrue(c.insertText().contains("The Provider must notify the Client in writing"), c.insertText());
    }

    @Test
    void clausesRankBySectionThenByWhatTheProfileRequiresAndTheContractLacks() {
        String text = "contract \"T\" {\n    profile soc-services\n}\n\nsection termination \"Termination\" {\n"
                + "    clause data-return\n}\n\nsection data-protection \"Data Protection\" {\n    clause \n}\n";
        int offset = text.indexOf("    clause \n") + "    clause ".length();
        DocumentIndex index = DocumentIndex.of(Analyzer.analyze(SourceText.of(text), null, Workspace.standalone()));
        List<String> ids = Completion.at(index, offset, null).stream().map(Candidate::label).toList();
        List<String> dataProtection = ids.subList(0, 5);
        assertTrue(dataProtection.containsAll(List.of("breach-notification", "confidentiality", "data-handling",
                "data-location", "data-ownership")), ids.toString());
        int firstRequiredElsewhere = ids.indexOf("limitation-of-liability");
        int firstOther = ids.indexOf("access-logging");
        assertTrue(firstRequiredElsewhere > 4 && firstRequiredElsewhere < firstOther, ids.toString());
        assertTrue(ids.indexOf("termination-for-cause") < firstOther, ids.toString());
        assertTrue(ids.get(ids.size() - 1).equals("data-return"), "a clause the contract has comes last: " + ids);
    }
}
