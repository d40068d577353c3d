package cspec.core.editor;

import cspec.core.catalog.Catalog;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snippet text for completions: a library clause with its standard wording, each
 * {@code {{name: default}}} placeholder a tab stop; a missing section's skeleton. Literal text
 * is escaped so that a '$' or '}' in the wording stays as written.
 */
final class Snippets {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}:\\n]{1,80}?)\\s*(?::\\s*([^{}\\n]{0,400}?)\\s*)?}}");

    private Snippets() {
    }

    /**
     * The clause's prose re-indented under the cursor's line, with the contract's role words
     * for "Client" and "Provider", placeholders as tab stops $1, $2...
     */
    static String wording(SourceText source, Prose prose, String indent, RoleWords roles) {
        String text = roles.apply(reindent(prose.maskedText(source), indent + "    "));
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        int stop = 1;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String fallback = m.group(2) != null && !m.group(2).isEmpty() ? m.group(2) : m.group(1);
            out.append("${").append(stop++).append(':').append(escape(fallback)).append('}');
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }

    /** The guidance a profile gives for an expected item, as plain text; empty when none. */
    static Optional<String> guidance(Catalog.ProfileEntry entry, Profile.Kind kind, String id) {
        for (Profile.Expectation e : entry.profile().expectations()) {
            if (e.kind() == kind && e.id() != null && e.id().text().equals(id) && e.guidance() != null) {
                return Optional.of(plainWording(entry.source(), e.guidance()));
            }
        }
        return Optional.empty();
    }

    /** The prose as plain text, for documentation, as written. */
    static String plainWording(SourceText source, Prose prose) {
        return plainWording(source, prose, RoleWords.STANDARD);
    }

    /** The wording as plain text, for documentation, with the contract's role words. */
    static String plainWording(SourceText source, Prose prose, RoleWords roles) {
        return roles.apply(reindent(prose.maskedText(source), ""));
    }

    /** Lines after the first lose their common indentation and gain the given one. */
    static String reindent(String text, String indent) {
        String[] lines = text.split("\r?\n", -1);
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                common = Math.min(common, leading(lines[i]));
            }
        }
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            out.append('\n');
            if (!lines[i].isBlank()) {
                out.append(indent).append(lines[i].substring(Math.min(common, leading(lines[i]))).stripTrailing());
            }
        }
        return out.toString();
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }

    static String escape(String literal) {
        return literal.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }
}
