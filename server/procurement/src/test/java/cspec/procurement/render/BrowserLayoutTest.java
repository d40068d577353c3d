package cspec.procurement.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.config.Config;
import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;
import cspec.files.DiskFiles;
import cspec.procurement.Contracts;
import cspec.procurement.model.ContractViews;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered sample laid out by headless Chromium, on a desktop and a phone width: nothing is
 * wider than the window, every requirement shows its ID and marker, every table fits, and a
 * screenshot can be taken. The check runs as a script in a copy of the page; the page cspec
 * writes has no script at all.
 */
class BrowserLayoutTest {
    private static final String CHECK = """
            <script>
            addEventListener('load', () => {
              const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1);
              const requirements = [...document.querySelectorAll('.req')];
              const unmarked = requirements.filter(r => { const m = r.querySelector('.marker'), i = r.querySelector('.req-id');
                return !m || !i || m.getBoundingClientRect().width === 0 || i.getBoundingClientRect().width === 0; });
              document.body.setAttribute('data-layout', JSON.stringify({width: innerWidth, overflow: wide.length,
                first: wide.slice(0, 3).map(e => e.tagName + '.' + e.className), requirements: requirements.length,
                unmarked: unmarked.length, tables: document.querySelectorAll('table').length}));
            });
            </script>
            """;

    @TempDir
    Path folder;

    @Test
    void theRenderedSampleFitsADesktopAndAPhoneAndShowsEveryMarker() throws IOException, InterruptedException {
        Path chromium = Tools.require("Chromium", "/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome");
        Path sample = Tools.repositoryRoot().resolve("samples/managed-soc.cspec");
        Workspace workspace = new Workspace(sample.getParent(), Config.DEFAULT, new DiskFiles());
        String html = Rendering.html(ContractViews.of(Contracts.of(new SourceText("managed-soc.cspec",
                Files.readString(sample)), sample, "managed-soc.cspec", workspace)));
        int requirements = html.split("class=\"req ", -1).length - 1;
        Path page = folder.resolve("managed-soc.html");
        Files.writeString(page, html.replace("</body>", CHECK + "</body>"), StandardCharsets.UTF_8);
        for (int width : List.of(1280, 390)) {
            String layout = layout(chromium, page, width);
            assertEquals("0", field(layout, "overflow"), "something is wider than a " + width + " px window: " + layout);
            assertEquals("0", field(layout, "unmarked"), "a requirement without its ID or marker: " + layout);
            assertEquals(String.valueOf(requirements), field(layout, "requirements"), layout);
        }
        // The probe itself can see an overflow: the same page with one element wider than the window.
        Files.writeString(page, html.replace("</body>", "<div style=\"width:3000px\">wide</div>" + CHECK + "</body>"),
                StandardCharsets.UTF_8);
        assertTrue(Integer.parseInt(field(layout(chromium, page, 1280), "overflow")) > 0, "the layout probe misses an overflow");
        Path shot = folder.resolve("shot.png");
        Tools.run(folder, List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + folder.resolve("profile-shot"), "--window-size=1100,1400", "--hide-scrollbars",
                "--screenshot=" + shot, page.toUri().toString()));
        assertTrue(Files.size(shot) > 20_000, "the screenshot is nearly empty");
    }

    private String layout(Path chromium, Path page, int width) throws IOException, InterruptedException {
        String dom = Tools.run(folder, List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + folder.resolve("profile-" + width), "--window-size=" + width + ",900",
                "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()));
        Matcher m = Pattern.compile("data-layout=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the layout check did not run:\n" + dom.substring(0, Math.min(500, dom.length())));
        return m.group(1).replace("&quot;", "\"");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "missing";
    }
}
