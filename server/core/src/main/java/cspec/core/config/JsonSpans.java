package cspec.core.config;

import cspec.core.text.Span;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the streaming reader's position into spans of the JSON text. Gson exposes its position
 * only as "at line L column C" in {@code toString()} and in its exception messages, and after a
 * {@code peek()} that position sits just inside a string or bracket, or at either end of a
 * literal; this class finds the whole token from there, so a diagnostic marks exactly the key
 * or value that is wrong.
 */
final class JsonSpans {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private final String text;
    private final int[] lineStarts;

    JsonSpans(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The span of the token the reader is about to read. */
    Span token(JsonReader reader) throws IOException {
        JsonToken kind = reader.peek();
        int at = offset(reader.toString());
        if (kind == JsonToken.END_DOCUMENT) {
            return Span.at(Math.min(at, text.length()));
        }
        if (kind == JsonToken.STRING || kind == JsonToken.NAME) {
            int start = Math.max(0, at - 1);
            return new Span(start, stringEnd(start));
        }
        if (kind == JsonToken.BEGIN_OBJECT || kind == JsonToken.BEGIN_ARRAY) {
            int start = Math.max(0, at - 1);
            return new Span(start, Math.min(text.length(), start + 1));
        }
        int start = Math.min(at, text.length());
        while (start > 0 && isLiteral(text.charAt(start - 1))) {
            start--;
        }
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && isLiteral(text.charAt(end))) {
            end++;
        }
        return new Span(start, end);
    }

    /** Where a Gson error message says the problem is: the character just read. */
    Span errorSpan(String message) {
        int at = message == null ? -1 : offset(message);
        if (at < 0) {
            return Span.at(0);
        }
        int end = Math.min(at, text.length());
        return end > 0 ? new Span(end - 1, end) : Span.at(0);
    }

    /** A Gson error message in words a person editing cspec.json can act on. */
    static String describe(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Unterminated object")) {
            return "This object is not closed, or an entry lacks its comma: check for a missing `,` or `}`.";
        }
        if (m.startsWith("Unterminated array")) {
            return "This array is not closed, or an entry lacks its comma: check for a missing `,` or `]`.";
        }
        if (m.startsWith("Unterminated string")) {
            return "This string is not closed: add the closing `\"`.";
        }
        if (m.startsWith("Expected name")) {
            return "Expected a key in double quotes here (JSON allows no trailing comma before `}`).";
        }
        if (m.startsWith("Expected ':'")) {
            return "Expected `:` between the key and its value.";
        }
        if (m.startsWith("End of input")) {
            return "cspec.json ends before its JSON is complete: check for a missing `}` or `]`.";
        }
        if (m.contains("setStrictness") || m.contains("malformed JSON")) {
            return "This is not valid JSON here: comments, single quotes, unquoted words, trailing commas "
                    + "and text after the closing `}` are not allowed.";
        }
        Matcher at = LOCATION.matcher(m);
        String reason = at.find() ? m.substring(0, at.start()) : m.lines().findFirst().orElse("");
        return "cspec.json is not valid JSON: " + reason + ".";
    }

    /** A string token's span without its quotes, for fixes that replace the value itself. */
    static Span inside(Span quoted) {
        return quoted.length() >= 2 ? new Span(quoted.start() + 1, quoted.end() - 1) : quoted;
    }

    private int offset(String location) {
        Matcher m = LOCATION.matcher(location);
        if (!m.find()) {
            return -1;
        }
        int line = Integer.parseInt(m.group(1)) - 1;
        int column = Integer.parseInt(m.group(2)) - 1;
        int start = lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
        return Math.min(text.length(), start + Math.max(0, column));
    }

    private int stringEnd(int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                return i + 1;
            }
            if (c == '\n') {
                return i;
            }
            i++;
        }
        return text.length();
    }

    private static boolean isLiteral(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+';
    }
}
