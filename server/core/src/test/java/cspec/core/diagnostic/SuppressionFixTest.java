package cspec.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cspec.core.text.SourceText;
import cspec.core.text.Span;
import org.junit.jupiter.api.Test;

/** The "Disable RULE for this line" fix keeps the comment where the suppression reads it. */
class SuppressionFixTest {
    private static String apply(String text, Fix fix) {
        return cspec.core.diagnostic.FixApplier.applyEdits(text, fix.edits());
    }

    private static String disable(String text, String flagged, Rule rule) {
        int at = text.indexOf(flagged);
        Fix fix = SuppressionFix.forLine(SourceText.of(text), new Span(at, at + flagged.length()), rule);
        assertFalse(fix.safe());
        assertEquals("Disable " + rule.id() + " for this line", fix.title());
        return apply(text, fix);
    }

    @Test
    void onAHeaderLineTheCommentTakesTheHeadersIndentation() {
        String text = "section s \"S\" {\n    must A-1: The Provider must respond promptly.\n}\n";
        assertEquals("section s \"S\" {\n    // cspec-disable-next-line vague-time\n"
                + "    must A-1: The Provider must respond promptly.\n}\n", disable(text, "promptly", Rule.VAGUE_TIME));
    }

    @Test
    void onAContinuationLineTheCommentStaysInsideTheProse() {
        String text = "    must A-1: The Provider must respond\n        promptly to alerts.\n";
        assertEquals("    must A-1: The Provider must respond\n        // cspec-disable-next-line vague-time\n"
                + "        promptly to alerts.\n", disable(text, "promptly", Rule.VAGUE_TIME));
    }

    @Test
    void anExistingDirectiveAboveGainsTheRule() {
        String text = "    // cspec-disable-next-line wordy -- legacy text\n    must A-1: Prior to go-live, act promptly.\n";
        assertEquals("    // cspec-disable-next-line wordy, vague-time -- legacy text\n"
                + "    must A-1: Prior to go-live, act promptly.\n", disable(text, "promptly", Rule.VAGUE_TIME));
    }

    @Test
    void crlfFilesKeepTheirLineEnds() {
        String text = "    must A-1: act promptly.\r\n";
        assertEquals("    // cspec-disable-next-line vague-time\r\n    must A-1: act promptly.\r\n",
                disable(text, "promptly", Rule.VAGUE_TIME));
    }
}
