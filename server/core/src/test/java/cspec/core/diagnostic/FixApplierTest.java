package cspec.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixApplierTest {
    private static final String TEXT = "The Provider must, in order to comply, act prior to the deadline.";

    private static Diagnostic finding(Rule rule, Fix... fixes) {
        return Diagnostic.of(rule, new Span(0, 1), "x").withFixes(List.of(fixes));
    }

    private static TextEdit replace(String text, String old, String replacement) {
        int at = text.indexOf(old);
        return new TextEdit(new Span(at, at + old.length()), replacement);
    }

    @Test
    void appliesEverySafeFixAndKeepsTheOtherWords() {
        FixApplier.Result result = FixApplier.applySafe(TEXT, List.of(
                finding(Rule.WORDY, Fix.safe("Use `to`", replace(TEXT, "in order to", "to"))),
                finding(Rule.WORDY, Fix.safe("Use `before`", replace(TEXT, "prior to", "before")))));
        assertEquals("The Provider must, to comply, act before the deadline.", result.text());
        assertEquals(2, result.applied());
        assertEquals(0, result.deferred());
    }

    @Test
    void fixesOnlyOnRequestAreLeftAlone() {
        FixApplier.Result result = FixApplier.applySafe(TEXT, List.of(
                finding(Rule.VAGUE_TERM, Fix.onRequest("Delete", replace(TEXT, "The Provider ", "")))));
        assertEquals(TEXT, result.text());
        assertEquals(0, result.applied());
    }

    @Test
    void theFirstSafeFixOfADiagnosticIsTheOneApplied() {
        FixApplier.Result result = FixApplier.applySafe(TEXT, List.of(finding(Rule.WORDY,
                Fix.onRequest("Delete", replace(TEXT, "in order to", "")),
                Fix.safe("Use `to`", replace(TEXT, "in order to", "to")),
                Fix.safe("Use `so as to`", replace(TEXT, "in order to", "so as to")))));
        assertEquals("The Provider must, to comply, act prior to the deadline.", result.text());
    }

    @Test
    void overlappingFixWaitsForTheNextPass() {
        FixApplier.Result result = FixApplier.applySafe(TEXT, List.of(
                finding(Rule.WORDY, Fix.safe("a", replace(TEXT, "in order to", "to"))),
                finding(Rule.WORDY, Fix.safe("b", replace(TEXT, "order", "ORDER")))));
        assertEquals("The Provider must, to comply, act prior to the deadline.", result.text());
        assertEquals(1, result.applied());
        assertEquals(1, result.deferred());
    }

    @Test
    void twoInsertionsAtOneOffsetDoNotGuessTheirOrder() {
        FixApplier.Result result = FixApplier.apply("ab", List.of(
                Fix.safe("x", TextEdit.insert(1, "X")), Fix.safe("y", TextEdit.insert(1, "Y"))));
        assertEquals("aXb", result.text());
        assertEquals(1, result.deferred());
    }

    /**
     * A contract missing more sections than fix-all once had passes (ten, each adding one at the
     * file's end) was left half fixed, and a second --fix changed it again.
     */
    @Test
    void passAfterPassEveryInsertionAtOneOffsetGetsItsTurn() {
        String text = "contract\n";
        java.util.function.Function<String, List<Diagnostic>> missingSections = current -> {
            List<Diagnostic> found = new java.util.ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String section = "section s" + i + "\n";
                if (!current.contains(section)) {
                    found.add(finding(Rule.MISSING_SECTION, Fix.safe("add", TextEdit.insert(current.length(), section))));
                }
            }
            return found;
        };

        FixApplier.Result result = FixApplier.applySafeUntilStable(text, missingSections.apply(text), missingSections);

        assertEquals(25, result.applied());
        assertEquals(List.of(), missingSections.apply(result.text()), "nothing is left for a second run");
        assertEquals(text + "section s0\n", result.text().substring(0, text.length() + 11), "in the findings' order");
    }

    @Test
    void fixesThatUndoEachOtherStopAtTheFirstRepeatedText() {
        java.util.function.Function<String, List<Diagnostic>> flipFlop = current -> List.of(finding(Rule.WORDY,
                Fix.safe("flip", new TextEdit(new Span(0, 1), current.startsWith("a") ? "b" : "a"))));

        FixApplier.Result result = FixApplier.applySafeUntilStable("a", flipFlop.apply("a"), flipFlop);

        assertEquals("b", result.text());
        assertEquals(1, result.applied());
    }

    @Test
    void identicalFixesFromTwoDiagnosticsApplyOnce() {
        Fix same = Fix.safe("Insert ID", TextEdit.insert(5, "MON-1 "));
        FixApplier.Result result = FixApplier.apply("must : text", List.of(same, same));
        assertEquals("must MON-1 : text", result.text());
        assertEquals(1, result.applied());
        assertEquals(0, result.deferred());
    }

    @Test
    void aFixWithSeveralEditsAppliesWhole() {
        Fix both = Fix.safe("quote", TextEdit.insert(0, "\""), TextEdit.insert(3, "\""));
        assertEquals("\"abc\"", FixApplier.apply("abc", List.of(both)).text());
    }

    @Test
    void anEditBeyondTheTextIsNeverApplied() {
        FixApplier.Result result = FixApplier.apply("abc", List.of(Fix.safe("x", new TextEdit(new Span(2, 9), "z"))));
        assertEquals("abc", result.text());
        assertEquals(1, result.deferred());
    }
}
