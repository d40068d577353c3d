// The words the editor shows around the server's procurement commands.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { build } from 'esbuild';

const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'cspec-procurement-test-')), 'answers.mjs');
await build({ entryPoints: [path.resolve(import.meta.dirname, '../../src/procurementAnswers.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const { exportMessage, previewTitle } = await import(out);

test('an export that was written names the file and its rows', () => {
    assert.equal(exportMessage({ written: true, path: '/work/riverton.matrix.xlsx', rows: 11 }),
        'cspec: wrote riverton.matrix.xlsx (11 rows) next to the contract.');
});

test('an export that would replace a file asks first', () => {
    assert.equal(exportMessage({ written: false, exists: true, path: 'C:\\work\\riverton.matrix.csv' }),
        'riverton.matrix.csv already exists next to the contract. Replace it with a new matrix?');
});

test('the preview is titled after the contract', () => {
    assert.equal(previewTitle('Managed SOC Services'), 'Preview: Managed SOC Services');
});
