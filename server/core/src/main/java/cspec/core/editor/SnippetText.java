package cspec.core.editor;

/**
 * LSP snippet syntax read back as the text it stands for: {@code ${1:default}} is its default,
 * {@code ${1|a,b|}} its first choice, {@code $1} and {@code $0} nothing, and {@code \$},
 * {@code \}} and {@code \\} the characters they escape.
 */
final class SnippetText {
    private SnippetText() {
    }

    static String plain(String snippet) {
        StringBuilder out = new StringBuilder();
        read(snippet, 0, out, false);
        return out.toString();
    }

    /** Reads from i until the end, or until the '}' closing a placeholder when nested; returns where it stopped. */
    private static int read(String s, int i, StringBuilder out, boolean nested) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "$}\\".indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(i + 1));
                i += 2;
            } else if (nested && c == '}') {
                return i + 1;
            } else if (c == '$' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            } else if (c == '$' && s.startsWith("{", i + 1)) {
                i = tabStop(s, i + 2, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    /** After "${": digits, then "}" (empty), ":" and a default, or "|" and choices. */
    private static int tabStop(String s, int i, StringBuilder out) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i >= s.length()) {
            return i;
        }
        return switch (s.charAt(i)) {
            case ':' -> read(s, i + 1, out, true);
            case '|' -> {
                int end = s.indexOf("|}", i + 1);
                int stop = end < 0 ? s.length() : end;
                String first = s.substring(i + 1, stop).split(",", -1)[0];
                out.append(first);
                yield end < 0 ? s.length() : end + 2;
            }
            default -> i + 1;
        };
    }
}
