// The VS Code workbench in Chromium, seen the way a user works it: clicks, keys and what shows
// on the screen. Every wait has a deadline and says what it waited for.
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const LONG = 60000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Workbench {
    constructor(browser, page, shots) {
        this.browser = browser;
        this.page = page;
        this.shots = shots;
    }

    static async open(chromium, url, folder, shots) {
        const browser = await puppeteer.launch({
            executablePath: chromium,
            headless: true,
            args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--window-size=1440,900'],
        });
        const page = await browser.newPage();
        await page.setViewport({ width: 1440, height: 900 });
        await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
        await page.waitForSelector('.statusbar', { timeout: LONG });
        await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: LONG });
        return new Workbench(browser, page, shots);
    }

    async close() {
        await this.browser.close().catch(() => {});
    }

    async screenshot(name) {
        await sleep(300);
        await this.page.screenshot({ path: path.join(this.shots, `${name}.png`) });
    }

    /** For transient views (a quick pick, an input box): a short pause so they are drawn. */
    async screenshotSoon(name) {
        await sleep(500);
        await this.screenshot(name);
    }

    async waitFor(predicate, what, timeout = LONG) {
        const deadline = Date.now() + timeout;
        for (;;) {
            const value = await predicate();
            if (value) {
                return value;
            }
            if (Date.now() > deadline) {
                throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
            }
            await sleep(250);
        }
    }

    /** Moves the pointer where it raises no hover, so screenshots show no tooltip. */
    async restMouse() {
        await this.page.mouse.move(1350, 330);
        await sleep(800);
    }

    async press(key) {
        await this.page.keyboard.press(key);
        await sleep(150);
    }

    async chord(...keys) {
        for (const k of keys) {
            await this.page.keyboard.down(k);
        }
        for (const k of [...keys].reverse()) {
            await this.page.keyboard.up(k);
        }
        await sleep(200);
    }

    async type(text) {
        await this.page.keyboard.type(text, { delay: 25 });
        await sleep(200);
    }

    async openFromExplorer(name) {
        const row = await this.waitFor(() => this.page.$(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`),
            `${name} in the explorer`);
        await row.click();
        await this.waitForEditorTab(name);
        await this.page.waitForSelector('.monaco-editor .view-lines', { timeout: LONG });
    }

    async waitForEditorTab(name) {
        await this.waitFor(() => this.page.$(`.tabs-container .tab.active[aria-label^="${name}"]`), `the editor tab ${name}`);
    }

    async statusTexts() {
        return this.page.$$eval('.statusbar-item', (items) => items.map((i) => i.textContent.trim()).filter((t) => t !== ''));
    }

    async waitForStatus(predicate, what) {
        return this.waitFor(async () => predicate(await this.statusTexts()), what);
    }

    /** Errors, warnings and infos from the status bar's problems item. */
    async problemCounts() {
        const label = await this.page.$eval('[id="status.problems"]', (e) => e.textContent.trim());
        const [errors, warnings, infos] = label.split(/\s+/).map(Number);
        return { errors, warnings, infos };
    }

    async hasSquiggles() {
        return (await this.page.$('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning')) !== null;
    }

    /** True when, on the visible editor line containing `line`, `word` is drawn in another colour than `plain`. */
    async editorColoursDiffer(line, word, plain) {
        return this.page.$$eval('.editor-instance .monaco-editor .view-line', (lines, [l, w, p]) => {
            const text = (e) => e.textContent.replace(/\u00a0/g, ' ');
            const found = lines.find((e) => text(e).includes(l));
            if (!found) {
                return false;
            }
            const spans = [...found.querySelectorAll('span span')];
            const a = spans.find((s) => text(s).trim() === w);
            const b = spans.find((s) => text(s).includes(p));
            return Boolean(a && b && getComputedStyle(a).color !== getComputedStyle(b).color);
        }, [line, word, plain]);
    }

    async focusEditor() {
        await this.page.click('.editor-instance .monaco-editor .view-lines');
        await sleep(200);
    }

    async goToLine(line, column) {
        await this.focusEditor();
        await this.chord('Control', 'g');
        await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: LONG });
        await this.type(`${line}:${column}`);
        await this.press('Enter');
    }

    async save() {
        await this.chord('Control', 's');
        await this.waitFor(async () => (await this.page.$('.tabs-container .tab.active.dirty')) === null, 'the file to be saved');
    }

    /** Waits for the suggestion, moves to it with the arrow keys and accepts it with Enter. */
    async acceptSuggestion(label) {
        const row = `.suggest-widget.visible .monaco-list-row[aria-label*="${label}"]`;
        if (!(await this.page.$(row))) {
            await this.chord('Control', ' ');
        }
        await this.waitFor(() => this.page.$(row), `the suggestion ${label}`);
        for (let i = 0; i < 30; i++) {
            const focused = await this.page.$eval('.suggest-widget.visible .monaco-list-row.focused', (e) => e.getAttribute('aria-label'))
                .catch(() => '');
            if (focused.includes(label)) {
                await this.press('Enter');
                await sleep(500);
                return;
            }
            await this.press('ArrowDown');
        }
        throw new Error(`could not move to the suggestion ${label}`);
    }

    async panelVisible(selector) {
        return this.page.$eval(selector, (e) => e.offsetParent !== null).catch(() => false);
    }

    async showProblems() {
        if (!(await this.panelVisible('.markers-panel'))) {
            await this.page.click('[id="status.problems"]');
        }
        await this.waitFor(() => this.panelVisible('.markers-panel'), 'the Problems panel');
    }

    async setProblemsFilter(text) {
        const input = await this.waitFor(() => this.page.$('.markers-panel-action-filter input, .viewpane-filter input'),
            'the Problems filter box');
        await input.click({ clickCount: 3 });
        await this.page.keyboard.press('Backspace');
        if (text) {
            await input.type(text, { delay: 10 });
        }
        await sleep(800);
    }

    async clearProblemsFilter() {
        await this.setProblemsFilter('');
    }

    /** The Problems panel's rows after filtering by text: rule, line, column and message. */
    async problemsMatching(text) {
        await this.showProblems();
        await this.setProblemsFilter(text);
        return this.visibleProblems();
    }

    async visibleProblems() {
        return this.page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((row) => {
            const code = row.querySelector('.marker-code')?.textContent.trim();
            const at = /Ln (\d+), Col (\d+)/.exec(row.querySelector('.marker-line')?.textContent ?? '');
            return code ? {
                code,
                line: at ? Number(at[1]) : undefined,
                column: at ? Number(at[2]) : undefined,
                message: row.querySelector('.marker-message')?.textContent.trim(),
            } : undefined;
        }).filter((p) => p !== undefined));
    }

    async waitForProblemGone(code, text = code) {
        await this.showProblems();
        await this.setProblemsFilter(text);
        await this.waitFor(async () => !(await this.visibleProblems()).some((p) => p.code === code && p.message.includes(text === code ? '' : text)),
            `the ${code} problem about ${text} to disappear`);
        await this.clearProblemsFilter();
    }

    /** Ctrl+. in the editor, then the code action with this title (after a screenshot of the menu, if named). */
    async quickFix(title, screenshotName) {
        await this.chord('Control', '.');
        const item = await this.waitFor(async () => {
            for (const r of await this.page.$$('.action-widget .monaco-list-row')) {
                const text = await r.evaluate((e) => e.textContent);
                if (text.includes(title)) {
                    return r;
                }
            }
            return undefined;
        }, `the code action "${title}"`);
        if (screenshotName) {
            await this.screenshotSoon(screenshotName);
        }
        await item.click();
        await sleep(500);
    }

    /** Points at a visible word in the editor and returns the text of the hover that opens. */
    async hoverWord(word) {
        const box = await this.waitFor(async () => {
            for (const span of await this.page.$$('.editor-instance .monaco-editor .view-line span span')) {
                const text = await span.evaluate((e) => e.textContent.replace(/\u00a0/g, ' '));
                if (text.trim() === word) {
                    return span.boundingBox();
                }
            }
            return undefined;
        }, `the word ${word} on screen`);
        await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        return this.waitFor(async () => {
            const texts = await this.page.$$eval('.monaco-hover', (hovers) => hovers.map((h) => h.textContent));
            // The diagnostic's message arrives first; the server's hover follows it.
            return texts.find((t) => t.length > 300);
        }, `a hover over ${word}`);
    }

    /** Lenses are drawn again whenever the server sends new ones, so a click on a stale one is tried again. */
    async clickCodeLens(pattern) {
        for (let attempt = 1; ; attempt++) {
            const lens = await this.waitFor(async () => {
                for (const a of await this.page.$$('.codelens-decoration a')) {
                    if (pattern.test(await a.evaluate((e) => e.textContent).catch(() => ''))) {
                        return a;
                    }
                }
                return undefined;
            }, `a code lens matching ${pattern}`);
            try {
                await lens.click();
                return;
            } catch (e) {
                if (attempt >= 5) {
                    throw e;
                }
                await sleep(500);
            }
        }
    }

    async waitForNotification(pattern) {
        return this.waitFor(async () => {
            const texts = await this.page.$$eval('.notification-toast .notification-list-item-message', (m) => m.map((e) => e.textContent));
            return texts.find((t) => pattern.test(t));
        }, `a notification matching ${pattern}`);
    }

    async dismissNotifications() {
        for (const close of await this.page.$$('.notification-toast .codicon-notifications-clear')) {
            await close.click().catch(() => {});
        }
        await sleep(300);
    }

    /** A modal dialog (showWarningMessage with modal: true) whose message matches pattern. */
    async waitForDialog(pattern) {
        return this.waitFor(async () => {
            const texts = await this.page.$$eval('.monaco-dialog-box', (boxes) => boxes.map((b) => b.textContent));
            return texts.find((t) => pattern.test(t));
        }, `a dialog matching ${pattern}`);
    }

    /** Closes the open dialog with Escape, as Cancel does. */
    async cancelDialog() {
        await this.press('Escape');
        await this.waitFor(async () => (await this.page.$('.monaco-dialog-box')) === null, 'the dialog to close');
    }

    /** F1, the command's title, Enter. */
    async runCommand(title) {
        await this.focusEditor();
        await this.press('F1');
        await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: LONG });
        await this.type(title);
        await this.pickQuickItem(title);
    }

    async pickQuickItem(label) {
        const item = await this.waitForQuickItem(label);
        await item.click();
        await sleep(500);
    }

    async waitForQuickItem(label) {
        return this.waitFor(async () => {
            for (const r of await this.page.$$('.quick-input-widget .monaco-list-row')) {
                const text = await r.evaluate((e) => e.getAttribute('aria-label') ?? e.textContent);
                if (text.includes(label)) {
                    return r;
                }
            }
            return undefined;
        }, `"${label}" in the quick pick`);
    }

    /** Replaces the text of the open input box and presses Enter. */
    async answerInput(text) {
        await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: LONG });
        await this.chord('Control', 'a');
        await this.type(text);
        await this.press('Enter');
    }
}
