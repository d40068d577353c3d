package cspec.cli;

import cspec.files.LoadedSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path tmp;

    private CliRun lint(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.in(tmp, all);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void cleanSpecExitsZeroAndPrintsOnlyTheSummaryOnStderr() throws IOException {
        Specs.write(tmp, "a.cspec", Specs.CLEAN);
        CliRun run = lint("a.cspec");
        assertEquals(0, run.code(), run.toString());
        assertEquals("", run.out());
        assertEquals(List.of("No problems in 1 file"), lines(run.err()));
    }

    @Test
    void errorIsOneTextLineAndExitOne() throws IOException {
        Specs.write(tmp, "specs/a.cspec", Specs.SYNTAX_ERROR);
        CliRun run = lint("specs");
        assertEquals(1, run.code(), run.toString());
        List<String> out = lines(run.out());
        assertEquals(1, out.size(), run.toString());
        String sep = tmp.getFileSystem().getSeparator();
        assertTrue(out.get(0).startsWith("specs" + sep + "a.cspec:7:5: error: "), out.get(0));
        assertTrue(out.get(0).endsWith(" [syntax]"), out.get(0));
        assertEquals(List.of("1 error in 1 file"), lines(run.err()));
    }

    @Test
    void failOnDecidesWhichSeverityFails() throws IOException {
        Specs.write(tmp, "w.cspec", Specs.WARNING_ONLY);
        assertEquals(0, lint("w.cspec").code());
        assertEquals(1, lint("--fail-on", "warning", "w.cspec").code());
        assertEquals(1, lint("--fail-on", "hint", "w.cspec").code());
        Specs.write(tmp, "e.cspec", Specs.SYNTAX_ERROR);
        assertEquals(0, lint("--fail-on", "never", "e.cspec").code());
        CliRun bad = lint("--fail-on", "sometimes", "e.cspec");
        assertEquals(2, bad.code());
        assertEquals(1, lines(bad.err()).size(), bad.toString());
    }

    @Test
    void missingFileIsAUsageErrorWithOneLine() {
        CliRun run = lint("nowhere.cspec");
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(List.of("cspec: no such file or folder: nowhere.cspec"), lines(run.err()));
    }

    @Test
    void folderWithoutSpecsIsAUsageError() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        Specs.write(tmp, "empty/notes.txt", "not a spec");
        CliRun run = lint("empty");
        assertEquals(2, run.code());
        assertEquals(List.of("cspec: no .cspec files in empty"), lines(run.err()));
    }

    @Test
    void defaultIsTheCurrentFolderSkippingDotFoldersAndBuildOutput() throws IOException {
        Specs.write(tmp, "contracts/a.cspec", Specs.CLEAN);
        Specs.write(tmp, ".git/b.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "server/target/c.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "node_modules/d.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "docs/build/e.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "venv/f.cspec", Specs.SYNTAX_ERROR);
        CliRun run = lint();
        assertEquals(0, run.code(), run.toString());
        assertEquals(List.of("No problems in 1 file"), lines(run.err()));
    }

    @Test
    void excludeGlobsSkipFilesFoundAndNamed() throws IOException {
        Specs.write(tmp, "cspec.json", "{\"exclude\": [\"drafts/**\", \"*.old.cspec\"]}");
        Specs.write(tmp, "drafts/wip.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "v1.old.cspec", Specs.SYNTAX_ERROR);
        Specs.write(tmp, "final.cspec", Specs.CLEAN);
        CliRun run = lint();
        assertEquals(0, run.code(), run.toString());
        assertEquals(List.of("No problems in 1 file (2 excluded by cspec.json)"), lines(run.err()));
        CliRun named = lint("drafts/wip.cspec", "final.cspec");
        assertEquals(0, named.code(), named.toString());
    }

    @Test
    void configErrorIsReportedWithItsLineAndExitsTwo() throws IOException {
        Specs.write(tmp, "cspec.json", "{\n  \"rulez\": {\"wordy\": \"off\"}\n}\n");
        Specs.write(tmp, "a.cspec", Specs.CLEAN);
        CliRun run = lint("--format", "sarif");
        assertEquals(2, run.code(), run.toString());
        assertEquals("", run.out());
        List<String> err = lines(run.err());
        assertTrue(err.get(0).startsWith("cspec.json:2:3: error: `rulez` is not a cspec.json setting."), err.get(0));
        assertTrue(err.get(0).endsWith("[syntax]"), err.get(0));
        assertEquals("cspec: cspec.json has errors; fix them and run again.", err.get(err.size() - 1));
    }

    @Test
    void configWarningIsPrintedAndTheRunGoesOn() throws IOException {
        Specs.write(tmp, "cspec.json", "{\"rules\": {\"vague-trem\": \"off\"}}");
        Specs.write(tmp, "a.cspec", Specs.CLEAN);
        CliRun run = lint();
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().startsWith("cspec.json:1:12: warning: `vague-trem` is not a cspec rule"), run.err());
    }

    @Test
    void anUnknownRuleInTheConfigIsAFindingAgainstCspecJsonThatFailOnCounts() throws IOException {
        Specs.write(tmp, "cspec.json", "{\"rules\": {\"vauge-term\": \"off\"}}");
        Specs.write(tmp, "c.cspec", Specs.CLEAN);
        CliRun text = lint("--fail-on", "warning", "c.cspec");
        assertEquals(1, text.code(), text.toString());
        assertTrue(text.out().startsWith("cspec.json:1:12: warning: `vauge-term` is not a cspec rule"), text.toString());
        assertTrue(text.out().strip().endsWith("[unknown-rule]"), text.toString());
        assertTrue(text.err().contains("1 warning in 2 files"), text.toString());
        CliRun json = lint("--format", "json", "c.cspec");
        assertEquals(0, json.code(), "a warning does not fail the default --fail-on error: " + json);
        assertTrue(json.out().contains("\"file\": \"cspec.json\""), json.out());
        assertTrue(json.out().contains("unknown-rule"), json.out());
        CliRun sarif = lint("--format", "sarif", "c.cspec");
        assertTrue(sarif.out().contains("\"uri\": \"cspec.json\""), sarif.out());
        assertTrue(sarif.out().contains("\"ruleId\": \"unknown-rule\""), sarif.out());
    }

    @Test
    void anUnknownRuleInTheConfigCanItselfBeSwitchedOff() throws IOException {
        Specs.write(tmp, "cspec.json", "{\"rules\": {\"vauge-term\": \"off\", \"unknown-rule\": \"off\"}}");
        Specs.write(tmp, "c.cspec", Specs.CLEAN);
        CliRun run = lint("--fail-on", "hint", "c.cspec");
        assertEquals(0, run.code(), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void configuredSeverityChangesTheExitCode() throws IOException {
        Specs.write(tmp, "cspec.json", "{\"rules\": {\"syntax\": \"warning\"}}");
        Specs.write(tmp, "a.cspec", Specs.SYNTAX_ERROR);
        CliRun run = lint();
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains(": warning: "), run.out());
    }

    @Test
    void explicitConfigAppliesToFilesElsewhere() throws IOException {
        Specs.write(tmp, "ci/strict.json", "{\"rules\": {\"syntax\": \"off\"}}");
        Specs.write(tmp, "specs/cspec.json", "{}");
        Specs.write(tmp, "specs/a.cspec", Specs.SYNTAX_ERROR);
        CliRun run = lint("--config", "ci/strict.json", "specs");
        assertEquals(0, run.code(), run.toString());
        assertEquals("", run.out());
        CliRun missing = lint("--config", "ci/none.json", "specs");
        assertEquals(2, missing.code());
        assertEquals(List.of("cspec: config file not found: ci/none.json"), lines(missing.err()));
    }

    @Test
    void binaryFileIsOneSyntaxFinding() throws IOException {
        Files.write(tmp.resolve("logo.cspec"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        CliRun run = lint("logo.cspec");
        assertEquals(1, run.code(), run.toString());
        List<String> out = lines(run.out());
        assertEquals(1, out.size());
        assertTrue(out.get(0).startsWith("logo.cspec:1:1: error: This is a binary file"), out.get(0));
        assertTrue(out.get(0).endsWith("[syntax]"));
    }

    @Test
    void invalidUtf8SaysWhereTheBadByteIs() throws IOException {
        byte[] head = "contract \"X\" {\n    client \"Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '"';
        bytes[head.length + 2] = '\n';
        bytes[head.length + 3] = '}';
        Files.write(tmp.resolve("latin1.cspec"), bytes);
        CliRun run = lint("latin1.cspec");
        assertEquals(1, run.code(), run.toString());
        List<String> out = lines(run.out());
        assertEquals(1, out.size(), run.toString());
        assertTrue(out.get(0).startsWith("latin1.cspec:2:16: error: This file is not valid UTF-8: byte 0xE9 at byte offset "
                + head.length), out.get(0));
    }

    @Test
    void aFileSavedAsUtf16SaysToSaveItAsUtf8() throws IOException {
        Files.write(tmp.resolve("wide.cspec"), "contract \"X\" {\n}\n".getBytes(StandardCharsets.UTF_16));
        CliRun run = lint("wide.cspec");
        assertEquals(1, run.code(), run.toString());
        assertEquals(List.of("wide.cspec:1:1: error: This file is saved as UTF-16; save it as UTF-8 to lint it. [syntax]"),
                lines(run.out()));
    }

    @Test
    void oversizedFileIsOneLimitFindingAndIsNotParsed() throws IOException {
        byte[] big = new byte[(int) LoadedSpec.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        Files.write(tmp.resolve("huge.cspec"), big);
        CliRun run = lint("huge.cspec");
        assertEquals(1, run.code(), run.toString());
        List<String> out = lines(run.out());
        assertEquals(1, out.size(), run.toString());
        assertTrue(out.get(0).startsWith("huge.cspec:1:1: error: This file is 10.0 MB, over cspec's 10 MB limit"), out.get(0));
        assertTrue(out.get(0).endsWith("[limit-exceeded]"));
    }

    @Test
    void fixAppliesOnlySafeFixesAndKeepsEveryWord() throws IOException {
        String original = Specs.WARNING_ONLY.replace("    must MON-1:", "    shoud MON-1 (weight 5):");
        Path file = Specs.write(tmp, "a.cspec", original);
        CliRun run = lint("--fix", "a.cspec");
        String fixed = Files.readString(file);
        assertEquals(original.replace("vague-trem", "vague-term").replace("shoud", "should"), fixed, run.toString());
        // What remains is reported: the now-correct suppression silences nothing, and removing it
        // is not a safe fix, so the comment and its reason stay.
        assertTrue(run.out().contains("[unused-suppression]"), run.toString());
        assertTrue(run.err().contains("Fixed 2 problems in 1 file."), run.err());
        assertEquals(0, run.code());
    }

    @Test
    void fixLeavesAFileWithNothingToFixUntouched() throws IOException {
        Path file = Specs.write(tmp, "a.cspec", Specs.CLEAN.replace("\n", "\r\n"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        CliRun run = lint("--fix", "a.cspec");
        assertEquals(0, run.code(), run.toString());
        assertEquals(1_000_000L, Files.getLastModifiedTime(file).toMillis());
        assertTrue(run.err().contains("Fixed 0 problems in 0 files."));
    }

    @Test
    void fixKeepsAByteOrderMark() throws IOException {
        Path file = Specs.write(tmp, "a.cspec", "\uFEFF" + Specs.SYNTAX_ERROR);
        lint("--fix", "a.cspec");
        String fixed = Files.readString(file);
        assertTrue(fixed.startsWith("\uFEFFcontract"), fixed);
        assertTrue(fixed.contains("    should MON-2"), fixed);
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Specs.write(tmp, "a.cspec", Specs.CLEAN);
        CliRun run = lint("--format", "xml");
        assertEquals(2, run.code());
        assertEquals(1, lines(run.err()).size());
        assertTrue(run.err().contains("use text, json, sarif, github or gitlab"), run.err());
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void manyFilesStreamInTheirOrderAsValidJsonAndSarif() throws IOException {
        for (int i = 0; i < 40; i++) {
            Specs.write(tmp, String.format("f%02d.cspec", i), i % 3 == 0 ? Specs.SYNTAX_ERROR : Specs.CLEAN);
        }
        CliRun text = lint("--fail-on", "never");
        List<String> files = lines(text.out()).stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
        assertEquals(files.stream().sorted().toList(), files, "findings come file by file in the files' order");
        assertEquals(14, files.size());

        var json = com.google.gson.JsonParser.parseString(lint("--format", "json", "--fail-on", "never").out()).getAsJsonObject();
        assertEquals(40, json.getAsJsonObject("summary").get("files").getAsInt());
        var findings = json.getAsJsonArray("findings");
        assertEquals(lines(text.out()).size(), findings.size());
        assertEquals(json.getAsJsonObject("summary").get("error").getAsInt(), findings.asList().stream()
                .filter(f -> f.getAsJsonObject().get("severity").getAsString().equals("error")).count());

        var sarif = com.google.gson.JsonParser.parseString(lint("--format", "sarif", "--fail-on", "never").out())
                .getAsJsonObject();
        var results = sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
        assertEquals(findings.size(), results.size());
    }
}
