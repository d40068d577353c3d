package cspec.core.check;

import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promises of round-the-clock service in prose ("24x7", "24/7", "24 hours a day, 7 days a week",
 * "around the clock") that no day or shift in their sentence narrows ("weekends 24x7", "out of
 * hours"). Patterns are bounded and free of nested quantifiers, so matching stays linear.
 */
final class CoveragePromises {
    private static final Pattern PROMISE = Pattern.compile(
            "\\b24\\s?(?:x|/)\\s?7\\b|\\b24 hours a day,?\\s+(?:7|seven) days a week\\b|\\b(?:a)?round[- ]the[- ]clock\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NARROWED = Pattern.compile(
            "\\b(?:weekends?|holidays?|saturdays?|sundays?|out[- ]of[- ]hours|outside (?:of )?(?:business|office|working) hours"
                    + "|overnight|nights?|evenings?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How far around a promise its sentence is read for a narrowing word. */
    private static final int REACH = 400;

    private CoveragePromises() {
    }

    /** The spans (document offsets, text starting at base) of unqualified 24x7 promises. */
    static List<Span> in(String text, int base) {
        List<Span> out = new ArrayList<>();
        Matcher m = PROMISE.matcher(text);
        while (m.find()) {
            int start = sentenceStart(text, m.start());
            int end = sentenceEnd(text, m.end());
            if (!NARROWED.matcher(text).region(start, end).find()) {
                out.add(new Span(base + m.start(), base + m.end()));
            }
        }
        return out;
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        int limit = Math.max(0, at - REACH);
        while (i > limit && ".;!?".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        int limit = Math.min(text.length(), at + REACH);
        while (i < limit && ".;!?".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
