package cspec.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emacs with eglot, set up as docs/editors.md says on a fresh home folder where the README's
 * Install lines put cspec on PATH: headless Emacs runs clients/emacs/e2e.el, which waits for the
 * problems, completes a clause and applies a quick fix through eglot-code-actions. Skipped when
 * Emacs or eglot is missing, except under CI=true.
 */
class EmacsEndToEndIT {
    @TempDir
    Path tmp;

    @Test
    void eglotShowsProblemsCompletesAClauseAsPlainTextAndAppliesAQuickFix() throws Exception {
        String emacs = FreshMachine.require("emacs", "apt-get install emacs-nox elpa-eglot");
        FreshMachine machine = FreshMachine.withCspecInstalled(tmp);
        requireEglot(emacs, machine);
        Path init = tmp.resolve("init.el");
        Files.writeString(init, Docs.blocks(Distribution.repo().resolve("docs/editors.md"), "Emacs", "elisp").get(0));
        Path contracts = Files.createDirectories(tmp.resolve("contracts"));
        Files.copy(Distribution.repo().resolve("clients/neovim/e2e/contract.cspec"), contracts.resolve("contract.cspec"));
        Path out = tmp.resolve("report.json");
        Path log = tmp.resolve("emacs.log");
        ProcessBuilder pb = new ProcessBuilder(emacs, "--batch", "-l", init.toString(),
                "-l", Distribution.repo().resolve("clients/emacs/e2e.el").toString())
                .directory(contracts.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        machine.environment(pb.environment());
        pb.environment().put("CSPEC_E2E_DIR", contracts.toString());
        pb.environment().put("CSPEC_E2E_OUT", out.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertTrue(Files.exists(out), "emacs wrote no report; its log: " + Files.readString(log));
        JsonObject report = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();

        List<String> failed = new ArrayList<>();
        for (JsonElement s : report.getAsJsonArray("steps")) {
            if (!s.getAsJsonObject().get("ok").getAsBoolean()) {
                failed.add(s.getAsJsonObject().get("name").getAsString() + ": " + s.getAsJsonObject().get("error"));
            }
        }
        assertEquals(List.of(), failed, "report: " + report + "\nlog: " + Files.readString(log));
        assertEquals("cspec-mode", report.get("major_mode").getAsString());
        assertTrue(report.getAsJsonArray("diagnostics").toString().contains("{\"text\":\"cspec [unknown-rule]"),
                "the unknown-rule problem through flymake: " + report);
        assertEquals("    clause limitation-of-liability", report.get("after_completion").getAsString(),
                "without yasnippet the clause completes to its ID, as plain text");
        assertFalse(report.get("buffer_has_snippet_syntax").getAsBoolean(), "no ${...} inserted literally");
        assertEquals("    // cspec-disable-next-line vague-term", report.get("after_fix").getAsString());
    }

    private static void requireEglot(String emacs, FreshMachine machine) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(emacs, "--batch", "--eval", "(require 'eglot)").redirectErrorStream(true);
        machine.environment(pb.environment());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("eglot is not installed (apt-get install elpa-eglot), and CI=true requires this test: " + output);
            }
            org.junit.jupiter.api.Assumptions.abort("eglot is not installed (apt-get install elpa-eglot): skipping");
        }
    }
}
