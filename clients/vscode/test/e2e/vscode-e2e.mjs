// The extension in a real VS Code: code-server (the VS Code workbench, served from the npm
// registry's build) with the built .vsix installed, driven headless by Debian's Chromium.
// It opens samples/first-draft.cspec, checks the Problems panel, completes a standard clause
// and fills its tab stops, applies a quick fix, clicks the summary lens and creates a contract
// from a profile, previews the rendered contract and exports its compliance matrix, saving
// screenshots in target/e2e/ (docs/ uses some of them).
//
// Skipped with its reason when code-server, Chromium, Java or the .vsix are missing, except
// under CI=true, where a missing tool fails it. .ci/run installs the tools.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTools } from './tools.mjs';
import { Workbench } from './workbench.mjs';

const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const repo = path.resolve(extensionDir, '..', '..');
const shots = path.join(extensionDir, 'target', 'e2e');
const vsix = path.join(extensionDir, 'target', 'cspec.vsix');

const tools = findTools(vsix);
if (tools.missing.length > 0) {
    const reason = `the VS Code end-to-end test needs ${tools.missing.join(', ')}`;
    if (process.env.CI === 'true') {
        console.error(`FAILED: ${reason}, and CI=true requires it (.ci/run installs them).`);
        process.exit(1);
    }
    console.log(`SKIPPED: ${reason} (.ci/run installs them).`);
    process.exit(0);
}

mkdirSync(shots, { recursive: true });
const work = mkdtempSync(path.join(os.tmpdir(), 'cspec-vscode-e2e-'));
const workspace = path.join(work, 'contracts');
cpSync(path.join(repo, 'samples'), workspace, { recursive: true });
const draft = path.join(workspace, 'first-draft.cspec');

const steps = [];
let codeServer;
let workbench;
try {
    codeServer = await startCodeServer(tools.codeServer, work, workspace);
    workbench = await Workbench.open(tools.chromium, codeServer.url, workspace, shots);
    await step('diagnostics in the Problems panel', () => diagnostics(workbench));
    await step('rule documentation on hover', () => hover(workbench));
    await step('clause completion with tab stops', () => completion(workbench));
    await step('quick fix', () => quickFix(workbench));
    await step('fix all', () => fixAll(workbench));
    await step('summary lens', () => summaryLens(workbench));
    await step('new contract from a profile', () => newContract(workbench));
    await step('preview the rendered contract', () => preview(workbench));
    await step('export the compliance matrix', () => exportMatrix(workbench));
} catch (e) {
    steps.push({ name: 'setup', ok: false, error: e.stack ?? String(e) });
} finally {
    await workbench?.close();
    codeServer?.stop();
}

for (const s of steps) {
    console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}${s.ok ? '' : `\n     ${s.error.replace(/\n/g, '\n     ')}`}`);
}
const failed = steps.filter((s) => !s.ok);
if (failed.length > 0) {
    console.log(`code-server log: ${path.join(work, 'code-server.log')}; screenshots: ${shots}`);
    process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(`VS Code end-to-end: ${steps.length} steps passed; screenshots in ${path.relative(repo, shots)}`);

async function step(name, run) {
    try {
        await run();
        steps.push({ name, ok: true });
    } catch (e) {
        steps.push({ name, ok: false, error: e.stack ?? String(e) });
        await workbench?.screenshot(`failed-${name.replace(/\W+/g, '-')}`).catch(() => {});
    }
}

/** The draft opens highlighted, its findings reach the Problems panel, with rule and position. */
async function diagnostics(wb) {
    await wb.openFromExplorer('first-draft.cspec');
    await wb.waitForStatus((items) => items.some((t) => /cspec: \d+/.test(t)), 'the cspec status item with a finding count');
    await wb.showProblems();
    // Hints (such as vague-time since issue 11) are not listed in the Problems panel; warnings are.
    const openList = await wb.problemsMatching('etc.');
    expect(openList.some((p) => p.code === 'open-ended' && p.line === 23 && p.column === 36),
        `open-ended at 23:36 for "etc." among ${JSON.stringify(openList)}`);
    const duplicate = await wb.problemsMatching('MON-1');
    expect(duplicate.some((p) => p.code === 'duplicate-id' && p.line === 37), `duplicate-id at line 37 among ${JSON.stringify(duplicate)}`);
    const counts = await wb.problemCounts();
    expect(counts.errors >= 10 && counts.warnings >= 10, `the status bar counts errors and warnings: ${JSON.stringify(counts)}`);
    expect(await wb.hasSquiggles(), 'squiggles under the findings in the editor');
    expect(await wb.editorColoursDiffer('must SC-1: The Vendor must monitor', 'must', 'The Vendor'), 'the modality `must` highlighted, unlike prose');
    expect(await wb.editorColoursDiffer('effective 2027-01-01', '2027-01-01', 'effective'), 'the date highlighted, unlike the keyword');
    // The picture for the docs: the services section's wording findings, not the profile's
    // list of missing sections that heads the panel.
    await wb.setProblemsFilter('!missing-');
    await wb.goToLine(29, 1);
    await wb.restMouse();
    await wb.screenshot('vscode-first-draft');
    await wb.clearProblemsFilter();
}

/** Hovering a flagged word shows the finding and its rule's documentation, offline. */
async function hover(wb) {
    await wb.goToLine(30, 1);
    const text = await wb.hoverWord('promptly');
    expect(text.includes('vague-time') && text.includes('set no deadline'), `the vague-time documentation in the hover: ${text}`);
    await wb.screenshot('vscode-hover-rule');
    await wb.press('Escape');
    await wb.restMouse();
}

/** `clause limi`, then the library clause: its wording arrives with the cap as the first tab stop. */
async function completion(wb) {
    await wb.goToLine(70, 1);
    await wb.press('End');
    await wb.press('Enter');
    await wb.type('clause limi');
    await wb.acceptSuggestion('limitation-of-liability');
    await wb.type('the fees paid in the 6 months before the claim');
    await wb.press('Tab');
    await wb.press('Escape');
    await wb.screenshot('vscode-clause-completion');
    await wb.save();
    const text = readFileSync(draft, 'utf8');
    expect(text.includes('    clause limitation-of-liability "Limitation of Liability":\n'
        + "        Each party's total liability to the other under this contract, whatever the cause of\n"
        + '        action, must not exceed the fees paid in the 6 months before the claim.\n'),
    `the clause with its wording and the typed cap, indented under the section:\n${excerpt(text, 'limitation-of-liability "')}`);
    expect(!text.includes('${'), 'no snippet syntax left in the file');
    await wb.waitForProblemGone('missing-clause', 'limitation-of-liability');
}

/** The requirement without an ID: its quick fix inserts the next free one and the finding goes. */
async function quickFix(wb) {
    const [missing] = (await wb.problemsMatching('missing-id')).filter((p) => p.code === 'missing-id');
    expect(missing !== undefined, 'a missing-id problem');
    await wb.clearProblemsFilter();
    await wb.goToLine(missing.line, missing.column);
    await wb.quickFix('Insert the ID `SC-4`', 'vscode-quick-fix-menu');
    await wb.waitForProblemGone('missing-id');
    await wb.screenshot('vscode-quick-fix-applied');
    await wb.save();
    expect(readFileSync(draft, 'utf8').includes('    must SC-4: The Vendor must provide adequate coverage'), 'the ID inserted in the file');
}

/** "cspec: Fix All" applies the safe fixes: `prior to` becomes `before`, `shall` becomes `must`. */
async function fixAll(wb) {
    await wb.runCommand('cspec: Fix All');
    await wb.waitFor(async () => (await wb.page.$('.tabs-container .tab.active.dirty')) !== null, 'the fixes applied to the buffer');
    await wb.save();
    const text = readFileSync(draft, 'utf8');
    expect(text.includes('background checks on staff before') && !text.includes('prior to'), 'the wordy `prior to` replaced');
    // Since issue 11 the shall-to-must fix is offered on request only (in shall contracts `must`
    // often states a condition), so Fix All leaves the odd `shall` for the user to decide.
    expect(text.includes('The Vendor shall provide services as required'), 'the odd `shall` left for the user');
}

/** The lens above the header shows the counts by modality and by severity when clicked. */
async function summaryLens(wb) {
    await wb.goToLine(1, 1);
    // After an edit VS Code asks for the lens again after a pause: wait for the current count.
    const { errors } = await wb.problemCounts();
    await wb.clickCodeLens(new RegExp(`mandatory.* ${errors} errors?,`));
    const message = await wb.waitForNotification(/Contract summary:/);
    expect(/\d+ must, \d+ should, \d+ may, \d+ will/.test(message) && message.includes(`Findings: ${errors} error`),
        `the summary counts by modality and by severity: ${message}`);
    await wb.screenshot('vscode-contract-summary');
    await wb.dismissNotifications();
}

/** "cspec: New Contract from Profile" writes a skeleton and opens it. */
async function newContract(wb) {
    await wb.runCommand('cspec: New Contract from Profile');
    await wb.waitForQuickItem('mdr-services');
    await wb.restMouse();
    await wb.screenshotSoon('vscode-new-contract-profile');
    await wb.pickQuickItem('mdr-services');
    await wb.screenshotSoon('vscode-new-contract-name');
    await wb.answerInput('mdr-contract.cspec');
    const file = path.join(workspace, 'mdr-contract.cspec');
    await wb.waitFor(() => existsSync(file), 'the new contract on disk');
    expect(readFileSync(file, 'utf8').includes('profile mdr-services'), 'the skeleton follows the chosen profile');
    await wb.waitForEditorTab('mdr-contract.cspec');
    await wb.waitForStatus((items) => items.some((t) => /cspec: \d+/.test(t)), 'findings for the new contract');
    await wb.screenshot('vscode-new-contract');
    await wb.dismissNotifications();
}

/** "cspec: Preview Rendered Contract" opens the rendering of the contract beside it. */
async function preview(wb) {
    await wb.openFromExplorer('managed-soc.cspec');
    await wb.runCommand('cspec: Preview Rendered Contract');
    await wb.waitForEditorTab('Preview: Managed Security Operations Centre Services');
    await wb.screenshotSoon('vscode-preview-contract');
}

/** "cspec: Export Compliance Matrix" writes NAME.matrix.csv next to the contract, and asks before replacing it. */
async function exportMatrix(wb) {
    await wb.openFromExplorer('managed-soc.cspec');
    await wb.runCommand('cspec: Export Compliance Matrix');
    await wb.waitForQuickItem('csv');
    await wb.pickQuickItem('csv');
    const file = path.join(workspace, 'managed-soc.matrix.csv');
    await wb.waitFor(() => existsSync(file), 'the matrix next to the contract');
    expect(readFileSync(file, 'utf8').startsWith('ID,Source ref,Section,Kind'), 'a compliance matrix');
    await wb.waitForNotification(/wrote managed-soc\.matrix\.csv/);
    await wb.dismissNotifications();
    writeFileSync(file, 'the evaluator\'s notes');
    await wb.runCommand('cspec: Export Compliance Matrix');
    await wb.waitForQuickItem('csv');
    await wb.pickQuickItem('csv');
    await wb.waitForDialog(/already exists next to the contract/);
    await wb.screenshot('vscode-export-matrix-replace');
    await wb.cancelDialog();
    expect(readFileSync(file, 'utf8') === 'the evaluator\'s notes', 'the existing file left alone when the user does not replace it');
}

function expect(condition, what) {
    if (!condition) {
        throw new Error(`expected ${what}`);
    }
}

function excerpt(text, around) {
    const at = text.indexOf(around);
    return at < 0 ? text.slice(-600) : text.slice(Math.max(0, at - 200), at + 400);
}

/** code-server on a free port, with the .vsix installed in a fresh profile. */
async function startCodeServer(executable, dir, folder) {
    const userData = path.join(dir, 'user-data');
    const extensions = path.join(dir, 'extensions');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.colorTheme': 'Default Dark Modern',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'editor.minimap.enabled': false,
        'chat.commandCenter.enabled': false,
        'files.autoSave': 'off',
        'editor.stickyScroll.enabled': false,
    }, null, 2));
    const port = await freePort();
    const config = path.join(dir, 'code-server.yaml');
    writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
    const install = spawnSync(executable, [...common, '--install-extension', vsix], { encoding: 'utf8', timeout: 120000 });
    if (install.status !== 0) {
        throw new Error(`code-server could not install ${vsix}: ${install.stdout}${install.stderr}`);
    }
    const log = path.join(dir, 'code-server.log');
    const child = spawn(executable, [...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder],
        { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
        const healthy = await fetch(`${url}/healthz`).then((r) => r.ok).catch(() => false);
        if (healthy) {
            return {
                url,
                stop: () => {
                    writeFileSync(log, Buffer.concat(chunks));
                    try {
                        process.kill(-child.pid, 'SIGTERM');
                    } catch {
                        // already gone
                    }
                },
            };
        }
        await new Promise((r) => setTimeout(r, 250));
    }
    child.kill('SIGKILL');
    throw new Error(`code-server did not answer /healthz within 60 s: ${Buffer.concat(chunks).toString()}`);
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
        server.on('error', reject);
    });
}
