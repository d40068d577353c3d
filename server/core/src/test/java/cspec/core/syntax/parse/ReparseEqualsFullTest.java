package cspec.core.syntax.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.RepoFiles;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Item;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parse of a new version that re-reads only the edited block equals a full parse of it:
 * tree, comments and syntax errors, after every step of random edit sequences over real
 * contracts (characters that make and break structure typed anywhere, most often inside a
 * block; deletions; whole lines; going back to a clean text). Each step reuses the previous
 * step's result, as the editor does.
 */
class ReparseEqualsFullTest {
    private static final String[] TYPED = {"x", "e", " ", " the", "\n", "\n    ", "\n        ", "\"", "\u201C", "{", "}",
        ":", "[", "]", "(", ")", "%", "//", "// note\n", "5", "\t", "must", "section", "sla", "-", "\u2022",
        "\n    must NEW-1: The Supplier must act.\n", "\n    section inner \"Inner\" {\n    }\n",
        "\n    sla x \"X\" {\n        availability 99.9%\n    }\n", "\n    \"Term\" means a word.\n",
        "\n        response within 4 hours", "(weight 5)", " [GEN-1]"};

    static Stream<Path> contracts() {
        return RepoFiles.specs("samples", "accuracy/converted").stream();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyStepEqualsAFullParse(Path file) throws IOException {
        edit(Files.readString(file), file.getFileName().toString(), 80);
    }

    @Test
    void aLargeContractIsReparsedBlockByBlockAndStillEqualsAFullParse() {
        int reused = edit(generated(60), "generated", 200);
        assertTrue(reused >= 25, "only " + reused + " of 200 edits re-read one block alone");
    }

    /** Prose after a block's '}' on the same line counts its indentation from that line, which the edit moved. */
    @Test
    void textAfterTheClosingBraceOnItsLineIsReadAgain() {
        String text = "contract \"C\" {\n    client \"A\"\n}\nsection a \"A\" {\n    must A-1: Act.\n}  must B-1: one\n  two\n";
        SpecFile previous = SpecParser.parse(new SourceText("brace", text));
        String next = text.replace("\n}  must", "\n    }  must");
        SpecFile full = SpecParser.parse(new SourceText("brace", next));
        SpecFile incremental = SpecParser.parse(new SourceText("brace", next), previous);
        assertTrue(previous.syntaxErrors().isEmpty() && !full.syntaxErrors().isEmpty(), "the edit must break the prose");
        assertEquals(full.document(), incremental.document());
        assertEquals(full.syntaxErrors(), incremental.syntaxErrors());
    }

    @Test
    void typingIntoProseReReadsOnlyItsBlock() {
        String text = generated(60);
        SpecFile previous = SpecParser.parse(new SourceText("typed", text));
        int at = text.indexOf("report each", text.indexOf("GEN-101:"));
        for (String typed : List.of("p", "pr", "pro", "prom", "promp", "prompt", "promptl", "promptly", "promptly ", "")) {
            String next = text.substring(0, at) + typed + text.substring(at);
            SpecFile incremental = SpecParser.parse(new SourceText("typed", next), previous);
            assertTrue(sharesFirstItem(previous, incremental), "typed " + typed);
            assertEquals(SpecParser.parse(new SourceText("typed", next)).document(), incremental.document());
            previous = incremental;
        }
    }

    /** Applies steps random edits; returns how many were re-parsed by block (the first item kept as it was). */
    private static int edit(String original, String name, int steps) {
        Random random = new Random(name.hashCode());
        String text = original;
        SpecFile previous = SpecParser.parse(new SourceText(name, text));
        int reused = 0;
        for (int step = 0; step < steps; step++) {
            String before = text;
            text = random.nextInt(8) == 0 ? original : edited(text, random);
            SourceText source = new SourceText(name, text);
            SpecFile incremental = SpecParser.parse(source, previous);
            SpecFile full = SpecParser.parse(source);
            String where = name + ", step " + step + ", from:\n" + before + "\nto:\n" + text;
            assertEquals(full.document(), incremental.document(), where);
            assertEquals(full.comments(), incremental.comments(), where);
            assertEquals(full.syntaxErrors(), incremental.syntaxErrors(), where);
            if (sharesFirstItem(previous, incremental)) {
                reused++;
            }
            previous = incremental;
        }
        return reused;
    }

    private static String edited(String text, Random random) {
        int at = insideSomeLine(text, random);
        int kind = random.nextInt(10);
        if (kind < 2 && at < text.length()) {
            return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(kind == 0 ? 1 : 40)));
        }
        return text.substring(0, at) + TYPED[random.nextInt(TYPED.length)] + text.substring(at);
    }

    /** A position on a random line, past its indentation more often than not, as where people type. */
    private static int insideSomeLine(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int indent = lineStart;
        while (indent < lineEnd && text.charAt(indent) == ' ') {
            indent++;
        }
        return random.nextInt(4) == 0 || indent >= lineEnd ? at : indent + random.nextInt(lineEnd - indent + 1);
    }

    private static boolean sharesFirstItem(SpecFile previous, SpecFile next) {
        if (!(previous.document() instanceof Contract a) || !(next.document() instanceof Contract b)) {
            return false;
        }
        List<Item> before = a.items();
        List<Item> after = b.items();
        return !before.isEmpty() && !after.isEmpty() && before.get(0) == after.get(0);
    }

    /** A contract of the given number of sections, each with requirements, an SLA and comments. */
    static String generated(int sections) {
        StringBuilder b = new StringBuilder("contract \"Generated\" {\n    client \"Example Corp\"\n"
                + "    provider \"Acme\" as \"Supplier\"\n}\n\ndefinitions {\n"
                + "    \"Security Incident\" means an event that may harm Client Data.\n}\n\n");
        int n = 1;
        for (int s = 0; s < sections; s++) {
            b.append("section s").append(s).append(" \"Section ").append(s).append("\" {\n");
            for (int k = 0; k < 4; k++, n++) {
                b.append("    // requirement ").append(n).append('\n');
                b.append("    must GEN-").append(n).append(": The Supplier must report each Security Incident\n")
                        .append("        to the Client within 4 hours [GEN-").append(Math.max(1, n - 1)).append("].\n")
                        .append("        - by telephone;\n        - in writing.\n");
            }
            b.append("    sla sla").append(s).append(" \"Levels\" {\n        measured monthly\n")
                    .append("        severity P1 \"Critical\" response within 15 minutes resolution within 4 hours\n")
                    .append("        availability 99.9%\n        credit 5% per breach cap 20%\n    }\n}\n\n");
        }
        return b.toString();
    }
}
