package cspec.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Edits a text as a hurried author or a broken paste would, driven by the fuzzer's data: a
 * piece of the language typed anywhere, a stretch deleted, random characters, a line moved,
 * one character replaced. The pieces are what the grammar and the checks care about, so the
 * fuzzer reaches deep states without having to invent keywords.
 */
final class Mutations {
    private static final String[] PIECES = {
        "\n", "\r\n", "\r", "    ", "\t", "\u00A0", "\uFEFF", "{", "}", ":", "\"", "\u201C", "\u201D", "[", "]", "(", ")",
        ",", "%", "//", "// cspec-disable-next-line ", " -- reason", "{{name: text}}", "{{", "}}", "must ", "should ",
        "may ", "will ", "shoud ", "section s \"S\" {", "sla s1 \"S\" {", "clause ", "definitions {", "\"Term\" means ",
        "contract \"X\" {", "profile ", "library l \"L\" {", "uses \"", "requires clause ", "(weight 5)",
        "(by 2027-01-01)", "measured monthly", "coverage 24x7", "severity P1 \"Critical\" response within 15 min",
        "resolution within 4 hours", "credit 5% per breach capped at 20%", "availability 99.9%",
        "metric m \"M\" target at most 30 minutes", "report monthly", "MON-1", "[MON-1]", "TBD", "[Client to confirm]",
        "promptly", "the Provider", "The Provider must ", "etc.", "and/or", "best efforts", "herein", "\\\"", "2027-02-30",
    };

    private Mutations() {
    }

    static String apply(String base, FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder(base);
        int edits = data.consumeInt(1, 6);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, text.length());
            switch (data.consumeInt(0, 4)) {
                case 0 -> text.insert(at, PIECES[data.consumeInt(0, PIECES.length - 1)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + data.consumeInt(1, 64)));
                case 2 -> text.insert(at, data.consumeString(24));
                case 3 -> moveLine(text, at, data.consumeInt(0, text.length()));
                default -> text.replace(at, Math.min(text.length(), at + 1), String.valueOf(data.consumeChar()));
            }
        }
        return text.toString();
    }

    /** The line holding from goes before the line holding to. */
    private static void moveLine(StringBuilder text, int from, int to) {
        int start = text.lastIndexOf("\n", Math.max(0, from - 1)) + 1;
        int end = text.indexOf("\n", from);
        end = end < 0 ? text.length() : end + 1;
        if (start >= end) {
            return;
        }
        String line = text.substring(start, end);
        text.delete(start, end);
        int target = Math.min(to, text.length());
        int lineStart = text.lastIndexOf("\n", Math.max(0, target - 1)) + 1;
        text.insert(lineStart, line);
    }
}
