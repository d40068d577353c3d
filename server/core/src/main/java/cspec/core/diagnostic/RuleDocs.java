package cspec.core.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Each rule's entry of docs/rules.md, read from the copy the build puts in the jar, so that the
 * command line and the editors explain a rule offline: what it catches, why it matters, its
 * failing and passing examples and its fix.
 */
public final class RuleDocs {
    static final String RESOURCE = "cspec/docs/rules.md";

    private RuleDocs() {
    }

    private static final class Page {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** The Markdown under the rule's `### id` heading, up to the next heading; empty for an unknown ID. */
    public static Optional<String> of(String ruleId) {
        String text = Page.TEXT;
        String heading = "\n### " + ruleId + "\n";
        int start = text.indexOf(heading);
        if (start < 0) {
            return Optional.empty();
        }
        int from = start + heading.length();
        int end = text.length();
        for (String next : new String[] {"\n### ", "\n## "}) {
            int at = text.indexOf(next, from);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return Optional.of(text.substring(from, end).strip());
    }
}
