package cspec.core.profile;

import cspec.core.drafting.BuiltinDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * docs/profiles.md and docs/clauses.md carry generated tables between markers; this test fails
 * when they differ from the built-in data. Run it with -Dcspec.updateDocs=true to rewrite them.
 */
class BuiltinDocsTest {
    private static final String START = "<!-- generated from the built-in data: do not edit by hand; BuiltinDocsTest checks it -->\n";
    private static final String END = "<!-- end of generated part -->\n";
    private static final String ACTIONS_START = "<!-- generated from cspec/content/actions.json: do not edit by hand; BuiltinDocsTest checks it -->\n";
    private static final String ACTIONS_END = "<!-- end of generated actions -->\n";

    @Test
    void profilesDocIsUpToDate() throws IOException {
        check("docs/profiles.md", BuiltinDocs::profiles);
    }

    @Test
    void clausesDocIsUpToDate() throws IOException {
        check("docs/clauses.md", BuiltinDocs::clauses);
    }

    @Test
    void actionsTableIsUpToDate() throws IOException {
        check("docs/profiles.md", BuiltinDocs::actions, ACTIONS_START, ACTIONS_END);
    }

    private static void check(String doc, Supplier<String> generated) throws IOException {
        check(doc, generated, START, END);
    }

    private static void check(String doc, Supplier<String> generated, String START, String END) throws IOException {
        String root = System.getenv("CSPEC_REPO_ROOT");
        Path file = (root != null ? Path.of(root) : Path.of("../..")).resolve(doc);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, doc + " lacks the generated-part markers");
        String current = text.substring(start + START.length(), end);
        String wanted = generated.get();
        if (!current.equals(wanted) && Boolean.getBoolean("cspec.updateDocs")) {
            Files.writeString(file, text.substring(0, start + START.length()) + wanted + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(wanted, current, doc + " is out of date with the built-in data: run the test with -Dcspec.updateDocs=true");
    }
}
