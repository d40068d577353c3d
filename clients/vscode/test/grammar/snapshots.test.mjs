// Snapshot of the TextMate grammar's scopes on every sample and built-in file: a change in how
// any line is highlighted shows up as a diff to review. After an intended change:
//   npm run test:grammar:update
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { repoRoot, extensionDir, tokenize } from './tokenize.mjs';

const snapshots = path.join(extensionDir, 'test', 'grammar', 'snapshots');
const update = process.argv.includes('--update');

/** Every .cspec file a user sees first: the samples and the built-in profiles and libraries. */
export function sampleFiles() {
    const roots = ['samples', 'server/core/src/main/resources/cspec/builtin'];
    return roots.flatMap((root) => walk(path.join(repoRoot, root))).filter((f) => f.endsWith('.cspec')).sort();
}

function walk(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

/** One line of source, then under it one line per token: ^ marks under its text, then its scopes. */
export async function render(text) {
    const out = [];
    for (const { line, tokens } of await tokenize(text)) {
        out.push(`>${line}`);
        for (const t of tokens) {
            if (t.text.trim() === '') {
                continue;
            }
            out.push(`#${' '.repeat(t.start)}${'^'.repeat(t.end - t.start)} ${t.scopes.slice(1).join(' ')}`);
        }
    }
    return `${out.join('\n')}\n`;
}

for (const file of sampleFiles()) {
    const name = path.relative(repoRoot, file);
    test(`grammar snapshot: ${name}`, async () => {
        const actual = await render(readFileSync(file, 'utf8'));
        const snapshot = path.join(snapshots, `${name.replace(/[\\/]/g, '__')}.snap`);
        if (update) {
            mkdirSync(snapshots, { recursive: true });
            writeFileSync(snapshot, actual);
            return;
        }
        assert.ok(existsSync(snapshot), `no snapshot for ${name}: run npm run test:grammar:update and review the new file`);
        assert.equal(actual, readFileSync(snapshot, 'utf8'),
            `${name} is highlighted differently from its snapshot; if that is intended, run npm run test:grammar:update`);
    });
}

test('every snapshot belongs to a file that still exists', () => {
    const expected = new Set(sampleFiles().map((f) => `${path.relative(repoRoot, f).replace(/[\\/]/g, '__')}.snap`));
    const stale = existsSync(snapshots) ? readdirSync(snapshots).filter((s) => !expected.has(s)) : [];
    assert.deepEqual(stale, [], 'snapshots of files that are gone: delete them');
});
