package cspec.core.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named blank in a library clause, {@code {{name: default text}}} or {@code {{name}}}.
 * {@code start} and {@code end} are offsets into the text it was found in, braces included;
 * {@code defaultText} is null when the placeholder has none.
 */
public record Placeholder(String name, String defaultText, int start, int end) {

    /** What scanning a text for placeholders found: the placeholders and the malformed ones. */
    public record Scan(List<Placeholder> placeholders, List<String> problems) {
        /** Each name once, with the first default any of its occurrences gives. */
        public Map<String, Optional<String>> byName() {
            Map<String, Optional<String>> names = new LinkedHashMap<>();
            for (Placeholder p : placeholders) {
                Optional<String> known = names.get(p.name());
                if (known == null || known.isEmpty()) {
                    names.put(p.name(), Optional.ofNullable(p.defaultText()));
                }
            }
            return names;
        }
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultText);
    }

    /** Finds every placeholder in one left-to-right pass; linear in the text's length. */
    public static Scan scan(String text) {
        List<Placeholder> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            int lineEnd = text.indexOf('\n', open);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close) || (lineEnd >= 0 && lineEnd < close)) {
                problems.add("`{{` at offset " + open + " has no `}}` on its line");
                i = open + 2;
                continue;
            }
            String inner = text.substring(open + 2, close);
            int colon = inner.indexOf(':');
            String name = (colon < 0 ? inner : inner.substring(0, colon)).strip();
            String defaultText = colon < 0 ? null : inner.substring(colon + 1).strip();
            if (!isId(name)) {
                problems.add("`{{" + inner + "}}` does not start with a placeholder name (letters, digits, - or _)");
            } else if (defaultText != null && defaultText.isEmpty()) {
                problems.add("`{{" + inner + "}}` has a colon but no default text");
            } else {
                found.add(new Placeholder(name, defaultText, open, close + 2));
            }
            i = close + 2;
        }
        return new Scan(List.copyOf(found), List.copyOf(problems));
    }

    /**
     * The text with every placeholder replaced by its value from values, else its default;
     * a placeholder with neither stays as {@code {{name}}} so that it remains visibly unfilled.
     */
    public static String fill(String text, Map<String, String> values) {
        Scan scan = scan(text);
        Map<String, Optional<String>> defaults = scan.byName();
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Placeholder p : scan.placeholders()) {
            out.append(text, last, p.start());
            String value = values.get(p.name());
            if (value == null) {
                value = defaults.get(p.name()).orElse("{{" + p.name() + "}}");
            }
            out.append(value);
            last = p.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    static boolean isId(String s) {
        if (s.isEmpty() || !Character.isLetter(s.codePointAt(0))) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }
}
