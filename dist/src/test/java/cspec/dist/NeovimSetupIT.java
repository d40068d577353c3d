package cspec.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/editors.md's Neovim section, typed on a fresh home folder where the README's Install lines
 * put cspec on PATH: the files copied, the documented init.lua, and a contract opened. Problems
 * must arrive, and what <C-x><C-o> inserts for a clause must be one clean line.
 */
class NeovimSetupIT {
    @TempDir
    Path tmp;

    @Test
    void theDocumentedSetupShowsProblemsAndCompletesCleanly() throws Exception {
        String nvim = FreshMachine.require("nvim", "apt-get install neovim");
        FreshMachine machine = FreshMachine.withCspecInstalled(tmp);
        Path page = Distribution.repo().resolve("docs/editors.md");
        machine.shell(Docs.blocks(page, "Neovim", "sh").get(0), machine.home);
        Path init = machine.home.resolve(".config/nvim/init.lua");
        Files.writeString(init, Docs.blocks(page, "Neovim", "lua").get(0));

        Path contracts = Files.createDirectories(tmp.resolve("contracts"));
        Files.copy(Distribution.repo().resolve("clients/neovim/e2e/contract.cspec"), contracts.resolve("contract.cspec"));
        Path out = tmp.resolve("report.json");
        ProcessBuilder pb = new ProcessBuilder(nvim, "--headless", "contract.cspec",
                "-c", "luafile " + Distribution.repo().resolve("clients/neovim/e2e-setup.lua"))
                .directory(contracts.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("nvim.log").toFile());
        machine.environment(pb.environment());
        pb.environment().put("CSPEC_E2E_OUT", out.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "nvim did not finish; its log: " + Files.readString(tmp.resolve("nvim.log")));
        assertTrue(Files.exists(out), "no report; nvim's log: " + Files.readString(tmp.resolve("nvim.log")));
        JsonObject report = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();

        assertEquals("cspec", report.get("filetype").getAsString(), report.toString());
        assertEquals("cspec", report.get("syntax").getAsString(), "the copied syntax file is in use: " + report);
        assertEquals("v:lua.vim.lsp.omnifunc", report.get("omnifunc").getAsString(), report.toString());
        assertTrue(report.get("diagnostics_arrived").getAsBoolean(), "problems from `cspec server` on PATH: " + report);
        String word = report.get("omnifunc_word").getAsString();
        assertEquals("limitation-of-liability", word, "what <C-x><C-o> inserts for the clause");
        assertFalse(word.contains("\n") || word.contains("${"), "no line breaks (NULs in Vim) and no snippet syntax: " + word);
    }
}
